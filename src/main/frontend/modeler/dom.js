// A small element builder: h('button.primary', {onclick}, '部署').
export function h(tag, attributes = {}, ...children) {
	const [name, ...classes] = tag.split('.');
	const element = document.createElement(name);
	classes.forEach(className => element.classList.add(className));
	for (const [key, value] of Object.entries(attributes || {})) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (key.startsWith('on')) {
			element.addEventListener(key.slice(2), value);
		}
		else if (key in element && key !== 'list' && key !== 'form') {
			element[key] = value;
		}
		else {
			element.setAttribute(key, value === true ? '' : value);
		}
	}
	children.flat().forEach(child => child !== null && child !== undefined && child !== false
		&& element.append(child instanceof Node ? child : String(child)));
	return element;
}

export function replace(container, ...children) {
	container.replaceChildren(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
}
