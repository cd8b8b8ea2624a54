/** What the Java reader gives: the declarations of one source file. */
import type { Token } from './java-tokens';

export interface JavaFile {
  package: string;
  imports: string[];
  classes: JavaClass[];
}

export interface JavaClass {
  kind: 'class' | 'interface' | 'enum' | 'record' | 'annotation';
  name: string;
  line: number;
  annotations: JavaAnnotation[];
  modifiers: string[];
  extends?: JavaType;
  fields: JavaField[];
  nested: JavaClass[];
  enumConstants: string[];
  /** The setter calls of its `static __example__()`, from which ZStack's own doc pages write the request example. */
  example?: JavaSetterCall[];
}

/** `msg.setName("vm1")` in `__example__`: the setter's field (`name`) and the argument's tokens. */
export interface JavaSetterCall {
  field: string;
  args: Token[];
  line: number;
}

export interface JavaField {
  name: string;
  type: JavaType;
  annotations: JavaAnnotation[];
  modifiers: string[];
  initializer?: string;
  line: number;
}

export interface JavaType {
  name: string;
  args: JavaType[];
  array: number;
}

export interface JavaAnnotation {
  name: string;
  args: Record<string, AnnotationValue>;
  line: number;
}

export type AnnotationValue =
  | { kind: 'string'; value: string }
  | { kind: 'array'; items: AnnotationValue[] }
  | { kind: 'class'; name: string }
  | { kind: 'name'; name: string }
  | { kind: 'literal'; value: string }
  | { kind: 'annotation'; annotation: JavaAnnotation };
