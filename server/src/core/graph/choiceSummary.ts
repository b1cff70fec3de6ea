// A Choice rule in a few words, for the label of its edge: `$.total > 100`, `$.kind == "pickup"`,
// `not $.paid`, or a JSONata Condition without its {% %}. Never throws on malformed rules.

import { isJsonataExpression, jsonataSource } from '../expressions/jsonataExpression';

const operators: [suffix: string, symbol: string][] = [
  ['GreaterThanEquals', '>='],
  ['LessThanEquals', '<='],
  ['GreaterThan', '>'],
  ['LessThan', '<'],
  ['Equals', '=='],
  ['Matches', 'matches'],
];

const typeTests: Record<string, string> = {
  IsNull: 'null',
  IsPresent: 'present',
  IsNumeric: 'a number',
  IsString: 'a string',
  IsBoolean: 'a boolean',
  IsTimestamp: 'a timestamp',
};

const maxLength = 80;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stripJsonata(text: string): string {
  return (isJsonataExpression(text) ? jsonataSource(text) : text).replace(/\s+/g, ' ');
}

function formatOperand(value: unknown, isPath: boolean): string {
  if (isPath && typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

function summarize(rule: unknown, depth: number): string {
  if (!isRecord(rule)) return '?';
  if (typeof rule.Condition === 'string') return stripJsonata(rule.Condition);
  if (typeof rule.Condition === 'boolean') return String(rule.Condition);
  const nested = (value: unknown): string => {
    const text = summarize(value, depth + 1);
    return depth > 0 || /\s(and|or)\s/.test(text) ? `(${text})` : text;
  };
  if (Array.isArray(rule.And)) return rule.And.map(nested).join(' and ');
  if (Array.isArray(rule.Or)) return rule.Or.map(nested).join(' or ');
  if (rule.Not !== undefined) return `not ${nested(rule.Not)}`;
  const variable = typeof rule.Variable === 'string' ? rule.Variable : '?';
  for (const [key, value] of Object.entries(rule)) {
    if (key in typeTests) return `${variable} ${value === false ? 'is not' : 'is'} ${typeTests[key]}`;
    const isPath = key.endsWith('Path');
    const operator = isPath ? key.slice(0, -4) : key;
    if (!/^(String|Numeric|Boolean|Timestamp)/.test(operator)) continue;
    for (const [suffix, symbol] of operators) {
      if (operator.endsWith(suffix)) return `${variable} ${symbol} ${formatOperand(value, isPath)}`;
    }
  }
  return variable;
}

export function summarizeChoiceRule(rule: unknown, _queryLanguage?: string): string {
  const text = summarize(rule, 0);
  return text.length > maxLength ? text.slice(0, maxLength - 1) + '…' : text;
}
