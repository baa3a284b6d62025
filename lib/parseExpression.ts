/**
 * parseExpression(text): the inverse of printExpression, so that a logged hardened expression
 * ("eml(eml(1, eml(y, x)), 1)") can be evaluated again. Grammar: `1`, a variable name, or
 * `op(expression, expression)` with op an operator name; spaces are ignored.
 */
import { apply, one, variable, type Expression } from "./expression.js";
import { OPERATORS, type OperatorName } from "./protocol.js";

export function parseExpression(text: string): Expression {
  let position = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`parseExpression: ${what} at character ${position + 1} of "${text}"`);
  };
  const skipSpaces = () => {
    while (text[position] === " ") position += 1;
  };
  const expect = (character: string) => {
    skipSpaces();
    if (text[position] !== character) fail(`expected '${character}'`);
    position += 1;
  };
  const parse = (): Expression => {
    skipSpaces();
    const match = /^[^(),\s]+/.exec(text.slice(position));
    if (!match) return fail("expected an expression");
    const word = match[0];
    position += word.length;
    skipSpaces();
    if (text[position] !== "(") return word === "1" ? one : variable(word);
    if (!OPERATORS.includes(word as OperatorName)) fail(`unknown operator '${word}'`);
    expect("(");
    const left = parse();
    expect(",");
    const right = parse();
    expect(")");
    return apply(word as OperatorName, left, right);
  };
  const expression = parse();
  skipSpaces();
  if (position < text.length) fail("unexpected text");
  return expression;
}
