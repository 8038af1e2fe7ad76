// The district's time zone, from the one file that defines it for the Java code too
// (src/main/resources/district.properties, bundled as text by esbuild's .properties loader).
import properties from '../resources/district.properties';

export const DISTRICT_TIME_ZONE = /^time-zone=(.+)$/m.exec(properties)[1].trim();
