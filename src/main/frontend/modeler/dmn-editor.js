// The decision table editor: dmn-js (decision tables, literal expressions and the DRD).
import DmnModeler from 'dmn-js/lib/Modeler';

import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';

import translate from './translate.js';

export class DmnEditor {

	constructor(container) {
		this.modeler = new DmnModeler({
			container,
			common: { additionalModules: [translate] }
		});
	}

	async open(xml) {
		const result = await this.modeler.importXML(xml);
		const table = this.modeler.getViews().find(view => view.type === 'decisionTable');
		if (table) {
			await this.modeler.open(table);
		}
		return result.warnings;
	}

	async xml() {
		return (await this.modeler.saveXML({ format: true })).xml;
	}

}
