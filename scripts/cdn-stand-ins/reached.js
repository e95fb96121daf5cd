// What a CDN stand-in does when called: it stands for library code the timeline never runs, so a call is a bug.
export function reached(name) {
  return () => {
    throw new Error(`talks-timeline's CDN bundle reached ${name}, a stand-in for code the time axis never runs (see rollup.config.mjs)`);
  };
}
