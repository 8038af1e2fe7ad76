// GridCase's district settings for the four Camunda webapps (Welcome, Tasklist, Cockpit, Admin),
// loaded by each app's scripts/config.js as a custom script before the app starts; its AngularJS
// module (gridcase.district, named in requireJsConfig.ngDeps) is loaded after the app's own.
// - Language: Chinese (zh) unless the user picked English with the switch in the footer. The apps
//   themselves would follow the browser's language, which is not what a district wants.
// - Time: every date the apps format (their camDate filter) is China Standard Time, whatever the
//   browser's time zone.
import moment from 'moment-timezone/moment-timezone.js';

/* global DISTRICT_ZONE (the packed moment-timezone data of the district's zone, set by build.mjs) */
moment.tz.add(DISTRICT_ZONE);
const districtZone = moment.tz.unpack(DISTRICT_ZONE).name;

const LANGUAGE_KEY = 'gridcase.language';

/**
 * The formats of the apps' camDate filter, by the locale's own long date formats (locales/zh.json:
 * 2026年11月23日 14:30). Tasklist would take them from config.js, Cockpit has its own ISO-like
 * format for most dates, Welcome and Admin take none: set here, they hold for all four.
 */
const DATE_FORMATS = { monthName: 'MMMM', day: 'DD', abbr: 'lll', normal: 'LLL', long: 'LLLL', short: 'LL' };

/** Text the apps' templates hold in English instead of taking it from their locale files. */
const TEMPLATE_TEXT = {
	// the last column of the variables table (Cockpit, Tasklist)
	camWidgetVariablesTable: { english: /(<td class="actions"\s+ng-if="editable.length">)\s*Actions\s*/, zh: '$1操作' }
};

const LANGUAGES = { zh: '中文', en: 'English' };

const FOOTER_TEXT = {
	zh: { time: `日期和时间均按北京时间（${districtZone}）显示`, language: '语言：' },
	en: { time: `Dates and times are shown in China Standard Time (${districtZone})`, language: 'Language: ' }
};

function chosenLanguage() {
	const chosen = window.localStorage.getItem(LANGUAGE_KEY);
	return Object.hasOwn(LANGUAGES, chosen) ? chosen : 'zh';
}

function choose(language) {
	window.localStorage.setItem(LANGUAGE_KEY, language);
	window.location.reload();
}

/**
 * The district's wall-clock time of a date the apps are about to format, without an offset: the
 * apps' moment reads it as a local time and formats it as it is, in the user's language.
 */
function inDistrictTime(date) {
	const instant = typeof date === 'string' ? moment(date, moment.ISO_8601) : moment(date);
	return instant.isValid() ? instant.tz(districtZone).format('YYYY-MM-DDTHH:mm:ss.SSS') : date;
}

/** The footer's time zone line names the district's zone, with the language switch beside it. */
function districtFooter(language) {
	const footer = document.createElement('span');
	footer.className = 'gc-district';
	footer.append(`${FOOTER_TEXT[language].time} · ${FOOTER_TEXT[language].language}`);
	Object.entries(LANGUAGES).forEach(([code, name], index) => {
		if (index > 0) {
			footer.append(' | ');
		}
		const entry = document.createElement(code === language ? 'strong' : 'a');
		entry.textContent = name;
		entry.lang = code;
		entry.dataset.language = code;
		if (code !== language) {
			entry.href = '';
			entry.addEventListener('click', event => {
				event.preventDefault();
				choose(code);
			});
		}
		footer.append(entry);
	});
	return footer;
}

window.angular.module('gridcase.district', [])
	.config(['$translateProvider', '$provide', '$injector', ($translateProvider, $provide, $injector) => {
		// Overrides the language the app took from the browser (its config ran before ours). The
		// fallback is the same: the app's locale loader makes each locale file it loads the dates'
		// locale, so loading a second one could leave Chinese pages with English dates or back.
		$translateProvider.preferredLanguage(chosenLanguage());
		$translateProvider.fallbackLanguage(chosenLanguage());
		const camDateFormat = $injector.get('camDateFormatProvider');
		Object.entries(DATE_FORMATS).forEach(([name, format]) => camDateFormat.setDateFormat(format, name));
		$provide.decorator('camDateFilter', ['$delegate', camDate => (date, format) =>
			camDate(date ? inDistrictTime(date) : date, format)]);
		if (chosenLanguage() === 'zh') {
			Object.entries(TEMPLATE_TEXT)
				.filter(([directive]) => $injector.has(directive + 'DirectiveProvider'))
				.forEach(([directive, text]) => $provide.decorator(directive + 'Directive', ['$delegate', directives => {
					directives.forEach(definition => {
						definition.template = definition.template.replace(text.english, text.zh);
					});
					return directives;
				}]));
		}
	}])
	.run(() => {
		document.documentElement.lang = chosenLanguage() === 'zh' ? 'zh-CN' : 'en';
	})
	.directive('camWidgetFooter', () => ({
		restrict: 'A',
		link: (scope, element) => {
			element[0].querySelector('#footer-timezone').replaceChildren(districtFooter(chosenLanguage()));
		}
	}));
