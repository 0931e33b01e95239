// Points, sizes and boxes in the graph's plane (model coordinates: pixels at zoom 1, y pointing down).

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** An axis-aligned box from its top-left (x1, y1) to its bottom-right (x2, y2) corner. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
