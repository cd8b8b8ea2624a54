import { readFileSync } from 'node:fs';
import {
  readJavaFile,
  type JavaAnnotation,
  type JavaClass,
  type JavaField,
  type JavaFile,
  type JavaType,
} from './java-reader';

const SOURCE_ROOT = /(?:^|\/)src\/(?:main|test)\/java\//;

/**
 * Every Java class of a checkout, found by its fully qualified or simple name and read on
 * first use (a checkout has ~12,000 Java files; an import reads about a tenth of them).
 */
export class ClassIndex {
  private readonly byFqn = new Map<string, string>();
  private readonly bySimpleName = new Map<string, string[]>();
  private readonly files = new Map<string, JavaFile>();

  /** `paths` are relative to `root`, with `/` separators. */
  constructor(
    private readonly root: string,
    paths: string[],
  ) {
    for (const path of paths) {
      if (!path.endsWith('.java')) continue;
      const match = SOURCE_ROOT.exec(path);
      const relative = match ? path.slice(match.index + match[0].length) : path;
      const fqn = relative.slice(0, -'.java'.length).split('/').join('.');
      if (!this.byFqn.has(fqn)) this.byFqn.set(fqn, path);
      const simple = fqn.slice(fqn.lastIndexOf('.') + 1);
      this.bySimpleName.set(simple, [...(this.bySimpleName.get(simple) ?? []), path]);
    }
  }

  /** The file's declarations, read once. */
  getFile(path: string): JavaFile {
    let file = this.files.get(path);
    if (!file) {
      file = readJavaFile(readFileSync(`${this.root}/${path}`, 'utf8'));
      this.files.set(path, file);
    }
    return file;
  }

  /** The top-level class a file is named after. */
  getClassOfFile(path: string): ClassRef | undefined {
    const file = this.getFile(path);
    const simple = path.slice(path.lastIndexOf('/') + 1, -'.java'.length);
    const cls = file.classes.find((c) => c.name === simple);
    return cls ? { path, file, cls, fqn: qualify(file.package, simple) } : undefined;
  }

  /**
   * Resolves a type name as written in `from`'s file: nested classes of `from`, imports,
   * the same package, wildcard imports, then a class of that simple name that is unique in
   * the checkout.
   */
  resolve(name: string, from: ClassRef): ClassRef | undefined {
    const [head, ...rest] = name.split('.');
    if (!head) return undefined;
    if (rest.length > 0 && /^[a-z]/.test(head)) return this.findByFqn(name);
    const outer = this.resolveSimple(head, from);
    return rest.reduce<ClassRef | undefined>((ref, part) => (ref ? getNested(ref, part) : undefined), outer);
  }

  /** The class and its superclasses, nearest first, as far as the checkout has them. */
  getLineage(ref: ClassRef): Array<{ name: string; ref?: ClassRef }> {
    const lineage: Array<{ name: string; ref?: ClassRef }> = [{ name: ref.cls.name, ref }];
    let current: ClassRef | undefined = ref;
    const seen = new Set<string>([ref.fqn]);
    while (current?.cls.extends) {
      const superName = current.cls.extends.name;
      const next = this.resolve(superName, current);
      if (!next || seen.has(next.fqn)) {
        lineage.push({ name: superName.slice(superName.lastIndexOf('.') + 1) });
        break;
      }
      seen.add(next.fqn);
      lineage.push({ name: next.cls.name, ref: next });
      current = next;
    }
    return lineage;
  }

  /**
   * The instance fields a JSON form of the class carries, superclass fields first (as Gson
   * writes them), without static, transient, `@APINoSee` or `@GsonTransient` ones. The walk
   * stops before a class named in `stopAt`.
   */
  getVisibleFields(ref: ClassRef, stopAt: ReadonlySet<string> = new Set()): OwnedField[] {
    const chain: ClassRef[] = [];
    for (const entry of this.getLineage(ref)) {
      if (stopAt.has(entry.name) || !entry.ref) break;
      chain.push(entry.ref);
    }
    const fields = new Map<string, OwnedField>();
    for (const owner of chain.reverse()) {
      for (const field of owner.cls.fields) {
        if (!isVisibleField(field)) continue;
        fields.set(field.name, { field, owner });
      }
    }
    return [...fields.values()];
  }

  private resolveSimple(name: string, from: ClassRef): ClassRef | undefined {
    const nested = getNested(from, name) ?? from.outer?.find((o) => o.cls.name === name);
    if (nested) return nested;
    const sameFile = from.file.classes.find((c) => c.name === name);
    if (sameFile) return { path: from.path, file: from.file, cls: sameFile, fqn: qualify(from.file.package, name) };
    const imported = from.file.imports.find((i) => i.endsWith(`.${name}`));
    if (imported) return this.findByFqn(imported);
    const samePackage = this.findByFqn(qualify(from.file.package, name));
    if (samePackage) return samePackage;
    for (const wildcard of from.file.imports.filter((i) => i.endsWith('.*'))) {
      const found = this.findByFqn(`${wildcard.slice(0, -2)}.${name}`);
      if (found) return found;
    }
    const candidates = this.bySimpleName.get(name) ?? [];
    return candidates.length === 1 ? this.getClassOfFile(candidates[0]!) : undefined;
  }

  /** A class by fully qualified name; a nested class (`pkg.Outer.Inner`) through its outer class. */
  private findByFqn(fqn: string): ClassRef | undefined {
    const path = this.byFqn.get(fqn);
    if (path) return this.getClassOfFile(path);
    const dot = fqn.lastIndexOf('.');
    if (dot < 0) return undefined;
    const outer = this.findByFqn(fqn.slice(0, dot));
    return outer ? getNested(outer, fqn.slice(dot + 1)) : undefined;
  }
}

export function getAnnotation(owner: { annotations: JavaAnnotation[] }, name: string): JavaAnnotation | undefined {
  return owner.annotations.find((a) => a.name === name);
}

function isVisibleField(field: JavaField): boolean {
  if (field.modifiers.includes('static') || field.modifiers.includes('transient')) return false;
  return !field.annotations.some((a) => a.name === 'APINoSee' || a.name === 'GsonTransient');
}

function getNested(ref: ClassRef, name: string): ClassRef | undefined {
  const cls = ref.cls.nested.find((c) => c.name === name);
  return cls
    ? { path: ref.path, file: ref.file, cls, fqn: `${ref.fqn}.${name}`, outer: [ref, ...(ref.outer ?? [])] }
    : undefined;
}

function qualify(pkg: string, name: string): string {
  return pkg ? `${pkg}.${name}` : name;
}

export interface ClassRef {
  /** The file, relative to the checkout. */
  path: string;
  file: JavaFile;
  cls: JavaClass;
  fqn: string;
  /** Enclosing classes of a nested class, innermost first. */
  outer?: ClassRef[];
}

export interface OwnedField {
  field: JavaField;
  owner: ClassRef;
}

export type { JavaType };
