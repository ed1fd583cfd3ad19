// The lint rule "no silent catch" (issue 17, "errors are never swallowed"): a `catch` clause or a
// `.catch(handler)` that ignores its error (no parameter, or one never used) must say why in a
// comment that starts with "handled:" (inside the handler, or just before it). A catch that uses
// its error (reports, rethrows, classifies it) needs no comment. test/unit/lint/silentCatch.test.ts
// proves the rule fails on a silent catch.
const MARK = /^\s*handled:/;

function isUnused(context, param) {
  if (!param) return true;
  const variables = context.sourceCode.getDeclaredVariables(param.parent);
  const own = variables.filter((v) => v.defs.some((d) => d.name && param.range[0] <= d.name.range[0] && d.name.range[1] <= param.range[1]));
  if (own.length === 0) return false; // destructured or unusual: leave it alone
  return own.every((v) => v.references.length === 0);
}

function hasMark(comments) {
  return comments.some((c) => MARK.test(c.value));
}

/** comments on the lines of `node` and the line before it */
function nearbyComments(sourceCode, node) {
  const first = node.loc.start.line - 1;
  const last = node.loc.end.line;
  return sourceCode.getAllComments().filter((c) => c.loc.start.line >= first && c.loc.end.line <= last);
}

export const silentCatch = {
  meta: {
    type: 'problem',
    docs: { description: 'A catch that ignores its error says why, in a "// handled: …" comment.' },
    messages: {
      silent: 'This catch ignores its error. Handle it, report it or rethrow it — or say why ignoring is right in a "// handled: …" comment.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      CatchClause(node) {
        if (!isUnused(context, node.param)) return;
        const comments = [...sourceCode.getCommentsInside(node.body), ...sourceCode.getCommentsBefore(node)];
        if (!hasMark(comments)) context.report({ node, messageId: 'silent' });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.name !== 'catch') return;
        const handler = node.arguments[0];
        if (!handler || (handler.type !== 'ArrowFunctionExpression' && handler.type !== 'FunctionExpression')) return;
        if (handler.params.length > 0 && !isUnused(context, handler.params[0])) return;
        const comments = [...sourceCode.getCommentsInside(handler), ...nearbyComments(sourceCode, callee.property)];
        if (!hasMark(comments)) context.report({ node: callee.property, messageId: 'silent' });
      },
    };
  },
};

export default { rules: { 'silent-catch': silentCatch } };
