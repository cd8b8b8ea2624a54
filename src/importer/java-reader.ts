import { JavaCursor, joinTokens } from './java-cursor';
import type {
  AnnotationValue,
  JavaAnnotation,
  JavaClass,
  JavaField,
  JavaFile,
  JavaSetterCall,
  JavaType,
} from './java-model';
import { tokenizeJava, type Token } from './java-tokens';

export type { AnnotationValue, JavaAnnotation, JavaClass, JavaField, JavaFile, JavaType };

const MODIFIERS = new Set([
  'public',
  'private',
  'protected',
  'static',
  'final',
  'transient',
  'volatile',
  'abstract',
  'synchronized',
  'native',
  'default',
  'strictfp',
  'sealed',
  'non-sealed',
]);
const TYPE_KEYWORDS = new Set(['class', 'interface', 'enum', 'record']);
/** The static method of an API message that ZStack's doc generator calls for the request example. */
const EXAMPLE_METHOD = '__example__';

/**
 * Reads the declarations of one Java source file: package, imports, classes with their
 * annotations, superclass, fields (type, annotations, modifiers, initialiser text), enum
 * constants and the setter calls of `__example__()`. Other method bodies and initialiser blocks are skipped unread.
 */
export function readJavaFile(source: string): JavaFile {
  const reader = new Reader(tokenizeJava(source));
  return reader.readFile();
}

/** The Java type as written: `List<VmNicInventory>` → {name: 'List', args: [{name: 'VmNicInventory'}]}. */
export function formatJavaType(type: JavaType): string {
  const args = type.args.length > 0 ? `<${type.args.map(formatJavaType).join(', ')}>` : '';
  return type.name + args + '[]'.repeat(type.array);
}

class Reader extends JavaCursor {
  readFile(): JavaFile {
    const file: JavaFile = { package: '', imports: [], classes: [] };
    while (this.i < this.tokens.length) {
      if (this.isId('package')) {
        this.i++;
        file.package = this.readQualifiedName();
        this.skipPast(';');
      } else if (this.isId('import')) {
        this.i++;
        const isStatic = this.isId('static');
        if (isStatic) this.i++;
        const name = this.readQualifiedName(true);
        this.skipPast(';');
        if (!isStatic) file.imports.push(name);
      } else {
        const annotations = this.readAnnotationsAndModifiers().annotations;
        const keyword = this.peek();
        if (keyword?.kind === 'id' && TYPE_KEYWORDS.has(keyword.value))
          file.classes.push(this.readClass(annotations, []));
        else if (this.isPunct('@') && this.tokens[this.i + 1]?.value === 'interface') {
          this.i++;
          file.classes.push(this.readClass(annotations, []));
        } else this.i++;
      }
    }
    return file;
  }

  private readClass(annotations: JavaAnnotation[], modifiers: string[]): JavaClass {
    const kind = this.next().value as JavaClass['kind'];
    const nameToken = this.next();
    const cls: JavaClass = {
      kind,
      name: nameToken.value,
      line: nameToken.line,
      annotations,
      modifiers,
      fields: [],
      nested: [],
      enumConstants: [],
    };
    if (this.isPunct('<')) this.skipAngles();
    if (kind === 'record' && this.isPunct('(')) this.skipBalanced('(', ')');
    while (this.i < this.tokens.length && !this.isPunct('{')) {
      if (this.isId('extends')) {
        this.i++;
        const type = this.readType();
        if (kind === 'class' && type) cls.extends = type;
      } else this.i++;
    }
    this.i++; // {
    if (kind === 'enum') this.readEnumConstants(cls);
    this.readMembers(cls);
    return cls;
  }

  private readEnumConstants(cls: JavaClass) {
    while (this.i < this.tokens.length) {
      this.readAnnotationsAndModifiers();
      const token = this.peek();
      if (!token || this.isPunct(';')) {
        this.i++;
        return;
      }
      if (this.isPunct('}')) return;
      if (token.kind === 'id') cls.enumConstants.push(token.value);
      this.i++;
      if (this.isPunct('(')) this.skipBalanced('(', ')');
      if (this.isPunct('{')) this.skipBalanced('{', '}');
      if (this.isPunct(',')) this.i++;
    }
  }

  private readMembers(cls: JavaClass) {
    while (this.i < this.tokens.length) {
      if (this.isPunct('}')) {
        this.i++;
        return;
      }
      if (this.isPunct(';')) {
        this.i++;
        continue;
      }
      const { annotations, modifiers } = this.readAnnotationsAndModifiers();
      const token = this.peek();
      if (!token) return;
      if (this.isPunct('{')) {
        this.skipBalanced('{', '}');
      } else if (token.kind === 'id' && TYPE_KEYWORDS.has(token.value) && this.tokens[this.i + 1]?.kind === 'id') {
        cls.nested.push(this.readClass(annotations, modifiers));
      } else if (this.isPunct('@') && this.tokens[this.i + 1]?.value === 'interface') {
        this.i++;
        cls.nested.push(this.readClass(annotations, modifiers));
      } else if (this.isPunct('<')) {
        this.skipAngles();
      } else {
        this.readMember(cls, annotations, modifiers);
      }
    }
  }

  private readMember(cls: JavaClass, annotations: JavaAnnotation[], modifiers: string[]) {
    const type = this.readType();
    if (!type) {
      this.i++;
      return;
    }
    if (this.isPunct('(')) {
      this.skipMethodRest(); // constructor
      return;
    }
    const nameToken = this.peek();
    if (nameToken?.kind !== 'id') {
      this.i++;
      return;
    }
    this.i++;
    if (this.isPunct('(')) {
      if (nameToken.value === EXAMPLE_METHOD && modifiers.includes('static')) cls.example = this.readExampleMethod();
      else this.skipMethodRest();
      return;
    }
    let current = nameToken;
    for (;;) {
      let fieldType = type;
      while (this.isPunct('[')) {
        this.i += 2;
        fieldType = { ...fieldType, array: fieldType.array + 1 };
      }
      const field: JavaField = { name: current.value, type: fieldType, annotations, modifiers, line: current.line };
      if (this.isPunct('=')) {
        this.i++;
        field.initializer = this.readInitializer();
      }
      cls.fields.push(field);
      if (this.isPunct(',')) {
        this.i++;
        const following = this.peek();
        if (following?.kind !== 'id') return;
        current = following;
        this.i++;
        continue;
      }
      if (this.isPunct(';')) this.i++;
      return;
    }
  }

  /** The `x.setFoo(args)` statements of a method's body, at its own level (not inside a lambda or a block). */
  private readExampleMethod(): JavaSetterCall[] {
    const calls: JavaSetterCall[] = [];
    this.skipBalanced('(', ')');
    while (this.i < this.tokens.length && !this.isPunct('{')) {
      if (this.isPunct(';') || this.isPunct('}')) return calls;
      this.i++;
    }
    this.i++; // {
    let depth = 1;
    let statementStart = true;
    while (this.i < this.tokens.length && depth > 0) {
      const token = this.tokens[this.i]!;
      const [dot, setter, open] = [this.tokens[this.i + 1], this.tokens[this.i + 2], this.tokens[this.i + 3]];
      if (
        depth === 1 &&
        statementStart &&
        token.kind === 'id' &&
        dot?.value === '.' &&
        setter?.kind === 'id' &&
        /^set[A-Z]/.test(setter.value) &&
        open?.value === '('
      ) {
        this.i += 4;
        const args: Token[] = [];
        let level = 0;
        while (this.i < this.tokens.length) {
          const arg = this.tokens[this.i]!;
          if (arg.kind === 'punct' && arg.value === ')' && level === 0) break;
          if (arg.kind === 'punct' && '([{'.includes(arg.value)) level++;
          if (arg.kind === 'punct' && ')]}'.includes(arg.value)) level--;
          args.push(arg);
          this.i++;
        }
        const field = setter.value[3]!.toLowerCase() + setter.value.slice(4);
        calls.push({ field, args, line: setter.line });
        statementStart = false;
        continue;
      }
      if (token.kind === 'punct' && token.value === '{') depth++;
      if (token.kind === 'punct' && token.value === '}') depth--;
      statementStart = token.kind === 'punct' && (token.value === ';' || token.value === '{' || token.value === '}');
      this.i++;
    }
    return calls;
  }

  private skipMethodRest() {
    this.skipBalanced('(', ')');
    while (this.i < this.tokens.length) {
      if (this.isPunct(';')) {
        this.i++;
        return;
      }
      if (this.isPunct('{')) {
        this.skipBalanced('{', '}');
        return;
      }
      if (this.isPunct('}')) return;
      this.i++;
    }
  }

  private readInitializer(): string {
    const parts: Token[] = [];
    let depth = 0;
    while (this.i < this.tokens.length) {
      const token = this.peek()!;
      if (depth === 0 && token.kind === 'punct' && (token.value === ',' || token.value === ';')) break;
      if (token.kind === 'punct' && '([{'.includes(token.value)) depth++;
      if (token.kind === 'punct' && ')]}'.includes(token.value)) {
        if (depth === 0) break;
        depth--;
      }
      parts.push(token);
      this.i++;
    }
    return joinTokens(parts);
  }

  private readAnnotationsAndModifiers(): { annotations: JavaAnnotation[]; modifiers: string[] } {
    const annotations: JavaAnnotation[] = [];
    const modifiers: string[] = [];
    for (;;) {
      const token = this.peek();
      if (!token) break;
      if (token.kind === 'punct' && token.value === '@' && this.tokens[this.i + 1]?.value !== 'interface') {
        annotations.push(this.readAnnotation());
      } else if (
        token.kind === 'id' &&
        MODIFIERS.has(token.value) &&
        !(token.value === 'default' && this.tokens[this.i + 1]?.value === ':')
      ) {
        modifiers.push(token.value);
        this.i++;
      } else break;
    }
    return { annotations, modifiers };
  }
}
