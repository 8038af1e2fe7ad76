package org.gridcase.platform.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import org.gridcase.shared.UserTexts;

/**
 * Refuses, as a whole, a deployment whose BPMN, CMMN or DMN models could run code, whoever
 * deploys it (engine REST API, Modeler, Java API, our start-up deployment):
 * <ul>
 * <li>a JUEL expression ({@code ${…}}, {@code #{…}}) in any attribute or text that names a
 * {@linkplain ModelExpressionCheck#FORBIDDEN_WORDS forbidden word}, a bean off the allow-list, an
 * unknown function, or a member of {@code execution}/{@code task} outside
 * {@link ExpressionSandbox#ENGINE_MEMBERS};</li>
 * <li>FEEL in DMN that defines an external (Java) function or names a forbidden word;</li>
 * <li>a script (script task, {@code camunda:script} in listeners and input/output, a condition or
 * DMN expression in a script language) unless its language is listed in
 * {@code gridcase.models.script-languages} (none by default), and even then only inline or from
 * the deployment ({@code deployment://});</li>
 * <li>a class the engine would instantiate ({@code camunda:class}, {@code …Class} attributes)
 * unless listed in {@code gridcase.models.delegate-classes} (none by default).</li>
 * </ul>
 * The refusal is a {@link ParseException} naming each element and the text it objects to, which
 * the engine REST API answers with 400. Forms ({@code .form}) are data the Tasklist renders; the
 * server evaluates nothing in them.
 */
final class ModelDeploymentPolicy implements Deployer {

	private static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".cmmn", ".cmmn10.xml",
			".cmmn11.xml", ".dmn", ".dmn11.xml");

	private static final String CAMUNDA_NAMESPACE_PREFIX = "http://camunda.org/schema/1.0/";

	private static final Set<String> EXPRESSION_LANGUAGES = Set.of("juel", "feel");

	/** Free text and diagrams: nothing in them is evaluated. */
	private static final Set<String> UNEVALUATED = Set.of("documentation", "textAnnotation", "description",
			"annotationEntry", "BPMNDiagram", "DMNDI", "CMMNDI");

	private final ModelExpressionCheck expressions;

	private final ModelSandboxProperties properties;

	ModelDeploymentPolicy(ModelExpressionCheck expressions, ModelSandboxProperties properties) {
		this.expressions = expressions;
		this.properties = properties;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		for (ResourceEntity resource : deployment.getResources().values()) {
			if (isModel(resource.getName())) {
				List<Problem> problems = inspect(resource);
				if (!problems.isEmpty()) {
					StringBuilder message = new StringBuilder(UserTexts.get("model.refused", resource.getName()));
					problems.forEach(problem -> message.append("\n").append(problem.getMessage()));
					throw new ParseException(message.toString(), resource.getName(), problems, List.of());
				}
			}
		}
	}

	private static boolean isModel(String name) {
		return MODEL_SUFFIXES.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith);
	}

	private List<Problem> inspect(ResourceEntity resource) {
		List<Problem> problems = new ArrayList<>();
		boolean dmn = resource.getName().toLowerCase(Locale.ROOT).matches(".*\\.dmn(11\\.xml)?");
		inspect(parse(resource), null, dmn, problems);
		return problems;
	}

	private void inspect(Element element, String enclosingId, boolean dmn, List<Problem> problems) {
		if (UNEVALUATED.contains(element.getLocalName())) {
			return;
		}
		String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
		List<String> reasons = new ArrayList<>();
		for (int i = 0; i < element.getAttributes().getLength(); i++) {
			Attr attribute = (Attr) element.getAttributes().item(i);
			reasons.addAll(attribute(element, attribute, dmn));
		}
		String text = ownText(element);
		if (!text.isBlank()) {
			reasons.addAll(text(text, dmn));
		}
		if (!reasons.isEmpty()) {
			problems.add(new ModelRefusal(id, UserTexts.get("model.element-refused", id, element.getTagName(),
					String.join("; ", reasons.stream().distinct().toList()))));
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				inspect(childElement, id, dmn, problems);
			}
		}
	}

	private List<String> attribute(Element element, Attr attribute, boolean dmn) {
		String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
		String value = attribute.getValue();
		if (name.equals("scriptFormat") || name.equals("language") || (dmn && name.equals("expressionLanguage"))) {
			return language(element, value);
		}
		if ((name.equals("class") || name.endsWith("Class")) && (isCamunda(attribute) || isCamunda(element))
				&& !this.properties.delegateClasses().contains(value.trim())) {
			return List.of(UserTexts.get("model.class-not-allowed", value, attribute.getName()));
		}
		return text(value, false);
	}

	private List<String> text(String text, boolean feel) {
		List<String> reasons = text.contains("${") || text.contains("#{") ? this.expressions.juel(text)
				: feel ? this.expressions.feel(text) : List.of();
		return reasons.isEmpty() ? List.of()
				: List.of(quote(text) + " " + String.join("; ", reasons.stream().distinct().toList()));
	}

	private List<String> language(Element element, String language) {
		String normalized = language.trim().toLowerCase(Locale.ROOT);
		if (normalized.isEmpty() || EXPRESSION_LANGUAGES.contains(normalized) || normalized.contains("/feel")) {
			return List.of();
		}
		if (!this.properties.scriptLanguages().contains(normalized)) {
			return List.of(UserTexts.get("model.script-language-not-allowed", language));
		}
		String resource = element.hasAttributeNS(null, "resource") ? element.getAttribute("resource")
				: camundaAttribute(element, "resource");
		if (resource != null && !resource.isBlank() && !resource.startsWith("deployment://")) {
			return List.of(UserTexts.get("model.script-resource-not-allowed", resource));
		}
		return List.of();
	}

	private static String camundaAttribute(Element element, String name) {
		for (int i = 0; i < element.getAttributes().getLength(); i++) {
			Attr attribute = (Attr) element.getAttributes().item(i);
			if (isCamunda(attribute) && name.equals(attribute.getLocalName())) {
				return attribute.getValue();
			}
		}
		return null;
	}

	private static boolean isCamunda(Node node) {
		return node.getNamespaceURI() != null && node.getNamespaceURI().startsWith(CAMUNDA_NAMESPACE_PREFIX);
	}

	private static String ownText(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
		}
		return text.toString();
	}

	private static String quote(String text) {
		String trimmed = text.strip();
		return UserTexts.get("model.quoted", trimmed.length() > 200 ? trimmed.substring(0, 200) + "…" : trimmed);
	}

	private static Element parse(ResourceEntity resource) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(resource.getBytes())).getDocumentElement();
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new ParseException(UserTexts.get("model.unparsable", resource.getName(), ex.getMessage()),
					resource.getName(), List.of(new ModelRefusal(null, ex.getMessage())), List.of());
		}
	}

}
