// The BPMN editor: bpmn-js with the Camunda 7 properties panel, our element templates (with a
// chooser), the Camunda 7 modelling behaviours and bpmnlint with the repository's rules, live.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
	BpmnPropertiesPanelModule,
	BpmnPropertiesProviderModule,
	CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import lintConfig from 'gridcase-bpmnlint-config';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';

import translate from './translate.js';
import { lintText } from './lint-texts.js';

export class BpmnEditor {

	constructor(canvas, properties, templates, onLint) {
		this.issues = [];
		this.modeler = new BpmnModeler({
			container: canvas,
			propertiesPanel: { parent: properties },
			elementTemplates: templates,
			linting: { bpmnlint: lintConfig, active: true },
			additionalModules: [
				BpmnPropertiesPanelModule,
				BpmnPropertiesProviderModule,
				CamundaPlatformPropertiesProviderModule,
				ElementTemplatesPropertiesProviderModule,
				ElementTemplateChooserModule,
				CamundaBehaviorsModule,
				lintModule,
				translate
			],
			moddleExtensions: { camunda: camundaModdle }
		});
		this.modeler.on('linting.completed', ({ issues }) => {
			this.issues = Object.entries(issues).flatMap(([id, found]) => found.map(issue => ({
				id, category: issue.category, text: lintText(issue), name: this.nameOf(id)
			})));
			onLint(this.issues);
		});
	}

	async open(xml) {
		this.clearMarkers();
		const result = await this.modeler.importXML(xml);
		this.modeler.get('canvas').zoom('fit-viewport', 'auto');
		return result.warnings;
	}

	async xml() {
		return (await this.modeler.saveXML({ format: true })).xml;
	}

	errors() {
		return this.issues.filter(issue => issue.category === 'error');
	}

	nameOf(id) {
		const element = this.modeler.get('elementRegistry').get(id);
		return element && element.businessObject && element.businessObject.name || id;
	}

	has(id) {
		return Boolean(this.modeler.get('elementRegistry').get(id));
	}

	/** Selects an element and shows it, e.g. one a deployment refused. */
	focus(id, marker) {
		const element = this.modeler.get('elementRegistry').get(id);
		if (!element) {
			return;
		}
		if (marker) {
			this.mark(id, marker);
		}
		this.modeler.get('selection').select(element);
	}

	mark(id, marker) {
		if (this.has(id)) {
			this.modeler.get('canvas').addMarker(id, marker);
			(this.marked ||= []).push([id, marker]);
		}
	}

	clearMarkers() {
		const canvas = this.modeler.get('canvas');
		(this.marked || []).forEach(([id, marker]) => this.has(id) && canvas.removeMarker(id, marker));
		this.marked = [];
	}

	processId() {
		const root = this.modeler.get('canvas').getRootElement();
		const definitions = this.modeler.getDefinitions();
		const process = definitions && definitions.rootElements.find(element => element.$type === 'bpmn:Process');
		return process ? process.id : root.id;
	}

}
