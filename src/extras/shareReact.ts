import * as React from "react";
import * as jsx from "react/jsx-runtime";

/**
 * The extras script is built with React left out and takes it from here: two copies of React on
 * one page would break hooks, and React is most of the first load's weight already.
 */
(globalThis as Record<string, unknown>).__latticeworkShared = { react: React, jsx };
