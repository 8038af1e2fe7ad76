// Reads Camunda extensions whether or not the moddle knows the camunda descriptors.

function attribute(element, name) {
  const known = element.get ? element.get(name) : undefined;
  if (known !== undefined && known !== null) {
    return known;
  }
  return (element.$attrs || {})[name];
}

function children(element) {
  return element.values || element.$children || [];
}

function typeOf(element) {
  return (element.$type || '').toLowerCase();
}

function extensions(element, type) {
  const extensionElements = element.extensionElements;
  if (!extensionElements) {
    return [];
  }
  return children(extensionElements).filter(child => typeOf(child) === type.toLowerCase());
}

function property(element, name) {
  for (const properties of extensions(element, 'camunda:properties')) {
    for (const entry of children(properties)) {
      if (attribute(entry, 'name') === name) {
        return attribute(entry, 'value') || '';
      }
    }
  }
  return undefined;
}

function inputParameter(element, name) {
  for (const inputOutput of extensions(element, 'camunda:inputOutput')) {
    for (const parameter of children(inputOutput)) {
      if (typeOf(parameter) === 'camunda:inputparameter' && attribute(parameter, 'name') === name) {
        return (parameter.value !== undefined ? parameter.value : parameter.$body) || '';
      }
    }
  }
  return undefined;
}

module.exports = { attribute, extensions, property, inputParameter };
