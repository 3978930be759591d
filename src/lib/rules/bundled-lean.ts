// Vite-only: the rule set of the question pages, made at build time like ./bundled's. They evaluate the rules to
// choose the next question but show no results, so it leaves out the legal sources and text keys too (see
// src/tooling/vite/rules-client.js); its version is the one of the rule files as they are.
import data from 'virtual:boligsjekk/rules-lean';
import { ruleSetFrom } from './ruleset';

export const ruleSet = ruleSetFrom(data);
