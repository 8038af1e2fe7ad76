// The form editor at the version Tasklist 7.24 renders: form-js 1.8 (schema version 16), so a
// form saved here renders in Tasklist as it does in the editor.
import { FormEditor as FormJsEditor } from '@bpmn-io/form-js-editor';

import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';

export const FORM_SCHEMA_VERSION = 16;

export class FormEditor {

	constructor(container) {
		this.editor = new FormJsEditor({ container });
	}

	async open(json) {
		const schema = typeof json === 'string' ? JSON.parse(json) : json;
		const result = await this.editor.importSchema(schema);
		return result.warnings;
	}

	json(key) {
		const schema = this.editor.saveSchema();
		schema.id = key;
		schema.schemaVersion = FORM_SCHEMA_VERSION;
		schema.executionPlatform = 'Camunda Platform';
		schema.executionPlatformVersion = '7.24.0';
		return JSON.stringify(schema, null, 2);
	}

}
