// The gallery's stress example: 10,000 seeded random events (the benchmark's data), assigned as a property.
import { randomTimeline } from '../bench/data.mjs';

const stress = document.querySelector('#stress');
if (stress) stress.data = { ...randomTimeline(10_000), title: '10,000 random events' };
