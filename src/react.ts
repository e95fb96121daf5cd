/** `talks-timeline/react`: <talks-timeline> in React 19's JSX, typed: its attributes and its properties (data, events, selected…) as props. */
// Types only (the module itself is empty): `import type {} from 'talks-timeline/react';` once in a project.
// React 19 sets a prop the element has as a property (data, events) as that property, and the rest as attributes.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TalksTimeline } from './element/talks-timeline.js';

/** The element's own props: each optional, typed as the element's property of that name. */
export type TalksTimelineProps = Partial<
  Pick<TalksTimeline, 'src' | 'data' | 'events' | 'selected' | 'orientation' | 'view' | 'link' | 'theme' | 'refresh' | 'mediaEmbeds'>
> & {
  /** The attribute of `mediaEmbeds`. */
  'media-embeds'?: boolean;
};

/** What JSX takes on <talks-timeline>: the HTML attributes of any element (a ref to the element included) and the element's own. */
export type TalksTimelineElementProps = DetailedHTMLProps<HTMLAttributes<TalksTimeline>, TalksTimeline> & TalksTimelineProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's own JSX namespace, extended
  namespace JSX {
    interface IntrinsicElements {
      'talks-timeline': TalksTimelineElementProps;
    }
  }
}
