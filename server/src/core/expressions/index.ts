/**
 * Expression languages of ASL that the core parses itself: JSONPath and intrinsic functions.
 * Parsers return an AST with offsets relative to the expression string plus problems, and never
 * throw; evaluators work over those ASTs. (JSONata is delegated to the `jsonata` library.)
 */
export * from './jsonpath';
export * from './jsonpathEvaluator';
export * from './intrinsics';
