// The webapps' own moment instance (they expose it as window.moment before custom scripts
// load): moment-timezone is bundled against it, so the zone we set is the one the apps format with.
module.exports = window.moment;
