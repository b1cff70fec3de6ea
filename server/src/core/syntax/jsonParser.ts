import { visit, printParseErrorCode } from 'jsonc-parser';
import { PropertyNode, type ArrayNode, type AstNode, type ObjectNode, type ParsedDocument, type SyntaxProblem } from './tree';
import { checkNestingDepth, tooDeepProblem } from './limits';
import { parseWellFormedJson } from './jsonFastParser';

// Keyed by jsonc-parser's ParseErrorCode values (a const enum, which isolated modules cannot read).
const friendlyMessages: Record<number, string> = {
  1 /* InvalidSymbol */: 'Unexpected character: a JSON value, property name, "," or bracket was expected here.',
  2 /* InvalidNumberFormat */: 'Invalid number.',
  3 /* PropertyNameExpected */: 'A property name in double quotes was expected.',
  4 /* ValueExpected */: 'A value was expected.',
  5 /* ColonExpected */: 'A ":" was expected after the property name.',
  6 /* CommaExpected */: 'A "," was expected between the entries.',
  7 /* CloseBraceExpected */: 'A "}" was expected to close the object.',
  8 /* CloseBracketExpected */: 'A "]" was expected to close the array.',
  9 /* EndOfFileExpected */: 'Only one JSON value is allowed in the document; remove what follows it.',
  10 /* InvalidCommentToken */: 'Comments are not allowed in Amazon States Language JSON.',
  11 /* UnexpectedEndOfComment */: 'The comment is not closed.',
  12 /* UnexpectedEndOfString */: 'The string is not closed: add the closing double quote.',
  13 /* UnexpectedEndOfNumber */: 'The number is incomplete.',
  14 /* InvalidUnicode */: 'Invalid \\u escape: four hexadecimal digits are expected.',
  15 /* InvalidEscapeCharacter */: 'Invalid escape sequence in the string.',
  16 /* InvalidCharacter */: 'Control characters must be escaped inside a JSON string.',
};

/** Parses JSON into the offset tree. Never throws: problems are returned beside the tree. */
export function parseJson(text: string): ParsedDocument {
  // Well-formed documents (nearly all of them) take the fast path, which also limits nesting; the
  // rest are parsed below with error recovery.
  const wellFormed = parseWellFormedJson(text);
  if (wellFormed) return { format: 'json', text, root: wellFormed.root, problems: [], repeatedKeyObjects: wellFormed.repeatedKeyObjects };
  return parseJsonWithRecovery(text);
}

/** The error-recovering parser: problems beside whatever tree could be recovered. Exported for tests. */
export function parseJsonWithRecovery(text: string): ParsedDocument {
  const problems: SyntaxProblem[] = [];
  const tooDeep = checkNestingDepth(text);
  if (tooDeep !== undefined) {
    problems.push(tooDeepProblem(tooDeep));
    return { format: 'json', text, problems };
  }

  let root: AstNode | undefined;
  // The open containers; a property on the stack waits for its value.
  const stack: (ObjectNode | ArrayNode | PropertyNode)[] = [];

  const attach = (node: AstNode): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (!root) root = node;
      return;
    }
    if (top.type === 'array') {
      node.parent = top;
      top.items.push(node);
    } else if (top.type === 'property') {
      node.parent = top;
      top.value = node;
      top.length = node.offset + node.length - top.offset;
      stack.pop();
    }
  };

  // A property whose value never came (e.g. `"Type": }`) is closed when its object closes.
  const closePendingProperty = (): void => {
    if (stack[stack.length - 1]?.type === 'property') stack.pop();
  };

  const closeContainer = (end: number): void => {
    const container = stack.pop();
    if (!container || container.type === 'property') return;
    container.length = end - container.offset;
    if (container.parent?.type === 'property') container.parent.length = end - container.parent.offset;
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => {
        const node: ObjectNode = { type: 'object', offset, length: 0, properties: [] };
        attach(node);
        stack.push(node);
      },
      onObjectProperty: (name, offset, length) => {
        closePendingProperty();
        const object = stack[stack.length - 1];
        if (object?.type !== 'object') return;
        const property = new PropertyNode(object, offset, length, name, 'json');
        object.properties.push(property);
        stack.push(property);
      },
      onObjectEnd: (offset, length) => {
        closePendingProperty();
        closeContainer(offset + length);
      },
      onArrayBegin: (offset) => {
        const node: ArrayNode = { type: 'array', offset, length: 0, items: [] };
        attach(node);
        stack.push(node);
      },
      onArrayEnd: (offset, length) => {
        closeContainer(offset + length);
      },
      onLiteralValue: (value: unknown, offset, length) => {
        let node: AstNode;
        if (typeof value === 'string') node = { type: 'string', offset, length, value, style: 'json' };
        else if (typeof value === 'number') {
          const raw = text.slice(offset, offset + length);
          node = { type: 'number', offset, length, value, isInteger: !/[.eE]/.test(raw) };
        } else if (typeof value === 'boolean') node = { type: 'boolean', offset, length, value };
        else node = { type: 'null', offset, length, value: null };
        attach(node);
      },
      onSeparator: (character, offset) => {
        const top = stack[stack.length - 1];
        if (character === ':' && top?.type === 'property') top.colonOffset = offset;
      },
      onError: (error, offset, length) => {
        // One mistake often trips two checks at the same spot (`,}`); one message is enough.
        if (problems.length > 0 && problems[problems.length - 1]!.offset === offset) return;
        problems.push({
          code: 'syntax/json',
          message: friendlyMessages[error] ?? printParseErrorCode(error),
          offset,
          // At least one character so editors show it, but never past the end of the text.
          length: Math.min(Math.max(length, 1), Math.max(0, text.length - offset)),
        });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true },
  );

  // Containers left open at the end of an incomplete document reach to its end.
  for (const open of stack) {
    if (open.type !== 'property') open.length = text.length - open.offset;
  }
  for (const open of stack) {
    if (open.type === 'property')
      open.length = Math.max(open.length, (open.value ? open.value.offset + open.value.length : text.length) - open.offset);
  }
  return { format: 'json', text, root, problems };
}
