// htmlparser2's Parser keeps its open elements in an array with the innermost FIRST, so every
// open tag is an `unshift` and every close a `shift`: O(depth) each, quadratic on deeply nested
// pages (issue 13: 50k nested divs took 43 s). This stack stores them innermost LAST (push/pop,
// O(1)) and shows the Parser the array it expects through a Proxy: index 0 is the innermost,
// shift/unshift/indexOf/length behave as on the Parser's own array.
import type { Parser } from 'htmlparser2';

/** The operations htmlparser2 10's Parser performs on `stack` and `foreignContext`. */
function innermostFirstStack<T>(): T[] {
  const items: T[] = []; // outermost first
  const counts = new Map<T, number>();
  const add = (value: T, delta: number): void => void counts.set(value, (counts.get(value) ?? 0) + delta);
  const methods = {
    unshift(value: T): number {
      items.push(value);
      add(value, 1);
      return items.length;
    },
    shift(): T | undefined {
      if (items.length === 0) return undefined;
      const value = items.pop() as T;
      add(value, -1);
      return value;
    },
    indexOf(value: T): number {
      if (!counts.get(value)) return -1; // a stray end tag: no scan
      for (let i = items.length - 1; i >= 0; i--) if (items[i] === value) return items.length - 1 - i;
      return -1;
    },
  };
  return new Proxy(items, {
    get(target, prop) {
      if (prop === 'length') return target.length;
      if (prop === 'unshift' || prop === 'shift' || prop === 'indexOf') return methods[prop];
      if (typeof prop === 'string') {
        const index = Number(prop);
        if (Number.isInteger(index) && index >= 0) return target[target.length - 1 - index];
      }
      return Reflect.get(target, prop);
    },
    set(target, prop, value) {
      if (prop === 'length' && value === 0) {
        target.length = 0;
        counts.clear();
        return true;
      }
      return false; // nothing else is written by the Parser; fail loudly if that ever changes
    },
  });
}

/**
 * Gives a freshly made Parser linear stacks. Only when its fields look as expected (htmlparser2 10):
 * otherwise the Parser keeps its own arrays, slower on deep nesting but still correct.
 */
export function withLinearStacks(parser: Parser): Parser {
  const fields = parser as unknown as { stack?: unknown; foreignContext?: unknown };
  if (Array.isArray(fields.stack) && fields.stack.length === 0 && Array.isArray(fields.foreignContext) && fields.foreignContext.length === 1) {
    const foreign = innermostFirstStack<boolean>();
    foreign.unshift(fields.foreignContext[0] as boolean);
    fields.stack = innermostFirstStack<string>();
    fields.foreignContext = foreign;
  }
  return parser;
}
