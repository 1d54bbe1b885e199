// The two halves of the borough that the network analyses compare (their locality ids), in words.

/** 'half-north' -> 'North', 'half-south' -> 'South'; any other id has no name here (each caller says what then). */
export const SIDE_NAMES = Object.freeze({ 'half-north': 'North', 'half-south': 'South' });
