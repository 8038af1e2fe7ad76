package org.gridcase.platform.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reading BPMN and DMN documents with the DOM, for the deployment checks. */
final class ModelDocuments {

	static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	private ModelDocuments() {
	}

	/** The document's root element, or empty when it is no well-formed XML (the engine's parser says why). */
	static Optional<Element> parse(byte[] bytes) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return Optional.of(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement());
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			return Optional.empty();
		}
	}

	/** Child elements with this local name (any namespace). */
	static List<Element> children(Element parent, String localName) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && localName.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	/** Descendants with this local name (any namespace), in document order. */
	static List<Element> descendants(Element parent, String localName) {
		List<Element> found = new ArrayList<>();
		var nodes = parent.getElementsByTagNameNS("*", localName);
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

	static String camunda(Element element, String name) {
		return element.hasAttributeNS(CAMUNDA, name) ? element.getAttributeNS(CAMUNDA, name) : null;
	}

	/** The value of the element's {@code camunda:property} of this name, if it has one. */
	static Optional<String> property(Element element, String name) {
		for (Element extensions : children(element, "extensionElements")) {
			for (Element properties : children(extensions, "properties")) {
				for (Element property : children(properties, "property")) {
					if (name.equals(property.getAttribute("name"))) {
						return Optional.of(property.getAttribute("value"));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The element's {@code camunda:inputParameter} of this name, if it has one. */
	static Optional<Element> inputParameter(Element element, String name) {
		for (Element extensions : children(element, "extensionElements")) {
			for (Element inputOutput : children(extensions, "inputOutput")) {
				for (Element parameter : children(inputOutput, "inputParameter")) {
					if (name.equals(parameter.getAttribute("name"))) {
						return Optional.of(parameter);
					}
				}
			}
		}
		return Optional.empty();
	}

	static String id(Element element) {
		return element.getAttribute("id");
	}

}
