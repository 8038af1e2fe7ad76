// Bundles the browser modeler (/modeler/) into target/classes/modeler, served by
// org.gridcase.modeler.ModelerPage to administrators only. The lint rules are the repository's
// .bpmnlintrc (the ones CI runs), compiled into the bundle by bpmnlint's own config compiler.
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const compileConfig = require('bpmnlint/lib/support/compile-config');

const OUT = 'target/classes/modeler';
const GENERATED = 'target/modeler-generated';

await mkdir(GENERATED, { recursive: true });
const lintConfig = JSON.parse(await readFile('.bpmnlintrc', 'utf8'));
await writeFile(`${GENERATED}/bpmnlint-config.js`, await compileConfig(lintConfig));

await mkdir(OUT, { recursive: true });
await esbuild.build({
	entryPoints: ['src/main/frontend/modeler/app.js'],
	bundle: true,
	format: 'esm',
	minify: true,
	charset: 'utf8',
	target: 'es2020',
	legalComments: 'eof',
	outdir: OUT,
	entryNames: '[name]',
	assetNames: '[name]-[hash]',
	alias: { 'gridcase-bpmnlint-config': `./${GENERATED}/bpmnlint-config.js` },
	nodePaths: ['node_modules'],
	loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
	jsx: 'automatic',
	jsxImportSource: 'preact'
});
await copyFile('src/main/frontend/modeler/index.html', `${OUT}/index.html`);
