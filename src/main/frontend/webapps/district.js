// GridCase's district settings for the four Camunda webapps (Welcome, Tasklist, Cockpit, Admin),
// loaded by each app's scripts/config.js as a custom script before the app starts:
// - language: Chinese (zh) unless the user picked English with the switch in the footer; the
//   apps themselves would follow the browser's language, which is not what a district wants;
// - time: every date the apps show is China Standard Time, whatever the browser's time zone.
import moment from 'moment';
import 'moment-timezone/moment-timezone.js';

/* global DISTRICT_ZONE (the packed moment-timezone data of the district's zone, set by build.mjs) */
const districtZone = moment.tz.unpack(DISTRICT_ZONE).name;
moment.tz.add(DISTRICT_ZONE);
moment.tz.setDefault(districtZone);

const LANGUAGE_KEY = 'gridcase.language';

const LANGUAGES = { zh: '中文', en: 'English' };

const FOOTER_TEXT = {
	zh: { time: `日期和时间均按北京时间（${districtZone}）显示`, language: '语言' },
	en: { time: `Dates and times are shown in China Standard Time (${districtZone})`, language: 'Language' }
};

function chosenLanguage() {
	const chosen = window.localStorage.getItem(LANGUAGE_KEY);
	return Object.hasOwn(LANGUAGES, chosen) ? chosen : 'zh';
}

function choose(language) {
	window.localStorage.setItem(LANGUAGE_KEY, language);
	window.location.reload();
}

/** The footer's time zone line names the district's zone, with the language switch beside it. */
function districtFooter(language) {
	const footer = document.createElement('span');
	footer.className = 'gc-district';
	footer.append(FOOTER_TEXT[language].time + ' · ' + FOOTER_TEXT[language].language + '：');
	Object.entries(LANGUAGES).forEach(([code, name], index) => {
		if (index > 0) {
			footer.append(' | ');
		}
		const link = document.createElement(code === language ? 'strong' : 'a');
		link.textContent = name;
		link.lang = code;
		link.dataset.language = code;
		if (code !== language) {
			link.href = '';
			link.addEventListener('click', event => {
				event.preventDefault();
				choose(code);
			});
		}
		footer.append(link);
	});
	return footer;
}

window.angular.module('gridcase.district', [])
	.run(['$translate', '$rootScope', ($translate, $rootScope) => {
		const language = chosenLanguage();
		document.documentElement.lang = language === 'zh' ? 'zh-CN' : language;
		// the apps define the moment locale from the locale file but switch to it only once
		$rootScope.$on('$translateChangeSuccess', (event, change) => moment.locale(change.language));
		if (($translate.proposedLanguage() || $translate.use()) !== language) {
			$translate.use(language);
		}
	}])
	.directive('camWidgetFooter', () => ({
		restrict: 'A',
		link: (scope, element) => {
			const timeZone = element[0].querySelector('#footer-timezone');
			timeZone.replaceChildren(districtFooter(chosenLanguage()));
		}
	}));
