import type { Severity } from '../../findings/finding.ts'
import { v8Pattern, type ScanRule } from '../rule.ts'

const JS = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.vue', '.svelte']
const PY = ['.py', '.pyw']
/** Languages whose SQL calls look alike: `x.query("…" + y)`, `stmt.executeQuery("…" + y)`. */
const SQL_LANGUAGES = [...JS, ...PY, '.java', '.kt', '.cs', '.php', '.rb', '.go', '.scala']

/** Every injection pattern starts at one of its keywords (lookbehinds hold what comes before). */
function injection(id: string, severity: Severity, description: string, keywords: string[], extensions: string[], regex: RegExp): ScanRule {
  return {
    id: `injection/${id}`,
    category: 'injection',
    severity,
    description,
    pattern: v8Pattern(regex),
    keywords,
    anchored: true,
    secretGroup: 0,
    files: { extensions },
  }
}

// A SQL statement's opening words inside a string literal, as code builds one. Patterns using it
// ignore case (the flag: V8's (?i:…) group was seen to miss matches).
const SQL_START = String.raw`\s*(?:select\s[^"'\x60\n]{0,200}?\sfrom|insert\s+into|update\s[^"'\x60\n]{0,100}?\sset|delete\s+from|replace\s+into|merge\s+into)\b`
// The same in capitals only: without a query call around it, lower case is too often prose.
const SQL_START_UPPER = String.raw`(?:SELECT\s[^"'\x60\n]{0,200}?\sFROM|INSERT\s+INTO|UPDATE\s[^"'\x60\n]{0,100}?\sSET|DELETE\s+FROM)\b`
/** The rest of a string literal opened by the quote in group `n`: anything but that quote. */
const REST = (n: number) => `(?:(?!\\${n})[^\\n\\\\])*`
const SQL_CALLS = ['query', 'execute', 'executemany', 'exec', 'raw', 'prepare', 'executeQuery', 'executeUpdate', 'createQuery', 'createNativeQuery', '$queryRawUnsafe', '$executeRawUnsafe']
const SQL_CALL = String.raw`(?<![\w$])(?:${SQL_CALLS.map((name) => name.replace('$', '\\$')).join('|')})\s*\(\s*`
const SQL_KEYWORDS = SQL_CALLS.map((name) => name.toLowerCase())

/**
 * Injection rules: code that hands data to an interpreter (SQL, a shell, eval, the DOM, a
 * deserialiser) as code. Each matches the unsafe shape only: a parameterised query, execFile with
 * an argument array, or textContent never matches.
 */
export const INJECTION_RULES: readonly ScanRule[] = [
  injection('sql-concat', 'high', 'SQL built by concatenation or %/format() and passed to a query call; use parameters.', SQL_KEYWORDS, SQL_LANGUAGES,
    new RegExp(String.raw`${SQL_CALL}(["'])${SQL_START}${REST(1)}\1\s*(?:\+|%\s*[\w(]|\.\s*format\s*\()`, 'gi')),
  injection('sql-interpolation', 'high', 'SQL built by a template literal or f-string interpolation and passed to a query call; use parameters.', SQL_KEYWORDS, SQL_LANGUAGES,
    new RegExp(String.raw`${SQL_CALL}(?:\x60${SQL_START}[^\x60]{0,2000}?\$\{|f(["'])${SQL_START}${REST(1)}\{[^}\n]+\})`, 'gi')),
  injection('sql-string-built', 'medium', 'A SQL statement concatenated with a variable; if it reaches a query, that is SQL injection.', ['select', 'insert', 'update', 'delete'], [...JS, ...PY, '.java', '.php'],
    new RegExp(String.raw`(?<=(["'])\s{0,4})${SQL_START_UPPER}${REST(1)}\1\s*\+\s*[A-Za-z_$][\w$.[\]]*`, 'g')),
  injection('eval', 'high', 'eval() or new Function() on a value that is not a string literal.', ['eval', 'new function'], JS,
    /(?:(?<![\w$.])eval\s*\(\s*(?![\s)]|(["'])[^"'\n]*\1\s*\)|\x60[^\x60$]*\x60\s*\))|\bnew\s+Function\s*\((?!\s*\)|\s*(?:(["'])[^"'\n]*\2\s*,\s*)*(["'])[^"'\n]*\3\s*\)))/g),
  injection('python-eval', 'high', 'Python eval() or exec() on a value that is not a string literal.', ['eval', 'exec'], PY,
    /(?<![\w.])(?:eval|exec)\s*\(\s*(?![\s)]|[rbuf]?(["'])[^"'\n]*\1\s*[,)])/g),
  injection('command-exec', 'high', 'child_process exec/execSync with a command built by concatenation or a template; use execFile with an argument array.', ['exec'], JS,
    /(?:(?<![\w$.])|(?<=\b(?:child_process|childProcess|cp|proc|shell)\.))(?:exec|execSync)\s*\(\s*(?:\x60[^\x60]{0,2000}?\$\{|(["'])[^"'\n]*\1\s*\+|[A-Za-z_$][\w$.]*\s*\+)/g),
  injection('os-system', 'high', 'os.system() or os.popen() on a value that is not a string literal.', ['os.system', 'os.popen'], PY,
    /\bos\.(?:system|popen)\s*\((?!\s*[rb]?(["'])[^"'\n]*\1\s*\))/g),
  injection('subprocess-shell', 'high', 'subprocess called with shell=True on a command that is not a string literal.', ['subprocess.'], PY,
    /\bsubprocess\.(?:run|call|Popen|check_output|check_call)\s*\((?!\s*[rb]?(["'])[^"'\n]*\1\s*,)[^\n]{0,300}?\bshell\s*=\s*True\b/g),
  injection('inner-html', 'medium', 'innerHTML/outerHTML set from a value that is not a string literal (DOM XSS); use textContent.', ['innerhtml', 'outerhtml', 'insertadjacenthtml'], JS,
    /(?:(?<=\.)(?:innerHTML|outerHTML)\s*\+?=(?!=)(?!\s*(["'])[^"'\n]*\1\s*(?:;|$)|\s*\x60[^\x60$]*\x60\s*(?:;|$))|(?<=\.)insertAdjacentHTML\s*\(\s*[^,\n]+,(?!\s*(["'])[^"'\n]*\2\s*\)))/gm),
  injection('document-write', 'medium', 'document.write() of a value that is not a string literal (DOM XSS).', ['document.write'], JS,
    /\bdocument\.write(?:ln)?\s*\(\s*(?![\s)]|(["'])[^"'\n]*\1\s*\))/g),
  injection('pickle-load', 'high', 'pickle/cPickle/dill load of data that may be untrusted: unpickling runs code.', ['pickle.', 'cpickle.', '_pickle.', 'dill.'], PY,
    /\b(?:c?[Pp]ickle|dill|_pickle)\.(?:loads?|Unpickler)\s*\(/g),
  injection('yaml-load', 'medium', 'yaml.load() without a safe Loader constructs arbitrary Python objects; use yaml.safe_load().', ['yaml.'], PY,
    /\byaml\.(?:unsafe_load(?:_all)?\s*\(|load(?:_all)?\s*\((?![^)\n]*\bLoader\s*=\s*(?:yaml\.)?C?(?:Safe|Base)Loader))/g),
  injection('node-serialize', 'high', 'node-serialize unserialize() runs functions embedded in the data.', ['unserialize'], JS,
    /(?<=\b(?:serialize|serializer|nodeSerialize)\.)unserialize\s*\(/g),
]
