// Bundles district.js once and writes it into the scripts/ folder of each of the four webapps
// (each app's config.js names it as a custom script). Only the district's zone is taken from
// moment-timezone's data, not the whole world's.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

// the one definition of the district's zone, shared with the Java code
const DISTRICT_TIME_ZONE = /^time-zone=(.+)$/m.exec(await readFile('src/main/resources/district.properties', 'utf8'))[1].trim();
const APPS = ['welcome', 'tasklist', 'cockpit', 'admin'];
const WEBAPPS = 'target/classes/META-INF/resources/webjars/camunda/app';

const zones = JSON.parse(await readFile('node_modules/moment-timezone/data/packed/latest.json', 'utf8'));
const zone = zones.zones.find(packed => packed.startsWith(DISTRICT_TIME_ZONE + '|'));
if (!zone) {
	throw new Error(`moment-timezone has no zone ${DISTRICT_TIME_ZONE}`);
}

const bundle = await esbuild.build({
	entryPoints: ['src/main/frontend/webapps/district.js'],
	bundle: true,
	format: 'esm',
	minify: true,
	charset: 'utf8',
	target: 'es2020',
	legalComments: 'eof',
	write: false,
	define: { DISTRICT_ZONE: JSON.stringify(zone) }
});

for (const app of APPS) {
	const folder = `${WEBAPPS}/${app}/scripts`;
	await mkdir(folder, { recursive: true });
	await writeFile(`${folder}/gridcase-district.js`, bundle.outputFiles[0].contents);
}
