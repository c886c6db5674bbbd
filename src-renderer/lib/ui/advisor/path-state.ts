/** How a path is drawn: highlighted as changing, dimmed beside changes, or plainly. */
export type PathState = 'changed' | 'dimmed' | 'normal'
