//! BuildKit's shell-word lexer: quote removal, escapes and `$VAR` /
//! `${VAR…}` expansion, exactly as the Dockerfile frontend applies them to
//! `FROM` lines, heredoc delimiters and instruction arguments. It is not a
//! shell: there is no command substitution, globbing or arithmetic, only what
//! BuildKit itself expands. The parser uses it to find heredoc words; the
//! stage graph uses it to substitute `ARG` values in `FROM`.

use std::collections::BTreeSet;
use std::fmt;

use crate::unicode_tables;

/// Variables visible to an expansion.
pub trait Env {
    fn get(&self, name: &str) -> Option<&str>;
}

/// No variable at all: used where BuildKit expands against an empty scope.
pub struct NoEnv;

impl Env for NoEnv {
    fn get(&self, _name: &str) -> Option<&str> {
        None
    }
}

impl<S: AsRef<str>> Env for [(S, S)] {
    fn get(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(key, _)| key.as_ref() == name)
            .map(|(_, value)| value.as_ref())
    }
}

/// How to lex: the escape character and BuildKit's switches.
#[derive(Clone, Copy, Debug)]
pub struct Lexer {
    pub escape: char,
    /// Keep quote characters in the output instead of removing them.
    pub raw_quotes: bool,
    /// Keep escape characters in the output instead of removing them.
    pub raw_escapes: bool,
    /// Leave unset variables as written (`$X`, `${X:-d}`) instead of expanding them to nothing.
    pub skip_unset_env: bool,
}

impl Lexer {
    pub fn new(escape: char) -> Self {
        Lexer {
            escape,
            raw_quotes: false,
            raw_escapes: false,
            skip_unset_env: false,
        }
    }

    /// Expands `word` into one string (spaces kept), with the variables it used.
    pub fn process_word<E: Env + ?Sized>(
        &self,
        word: &str,
        env: &E,
    ) -> Result<Expansion, ShellError> {
        if self.is_plain(word) {
            return Ok(Expansion {
                result: word.to_string(),
                ..Expansion::default()
            });
        }
        let mut run = Run::new(self, word, env);
        let (result, _) = run.process_stop_on(None, self.raw_escapes, false)?;
        Ok(Expansion {
            result,
            matched: run.matched,
            unmatched: run.unmatched,
        })
    }

    /// Expands `word` and splits the result into words, honouring quotes.
    pub fn process_words<E: Env + ?Sized>(
        &self,
        word: &str,
        env: &E,
    ) -> Result<Vec<String>, ShellError> {
        let mut run = Run::new(self, word, env);
        let (_, words) = run.process_stop_on(None, self.raw_escapes, true)?;
        Ok(words)
    }
}

impl Lexer {
    /// A word with nothing to expand, unquote or unescape: most words are.
    fn is_plain(&self, word: &str) -> bool {
        !word.contains(['$', '\'', '"', self.escape]) && !word.starts_with('\u{feff}')
    }
}

/// The result of expanding one word.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Expansion {
    pub result: String,
    /// Variables that were looked up and found.
    pub matched: BTreeSet<String>,
    /// Variables that were looked up and not found.
    pub unmatched: BTreeSet<String>,
}

/// Why a word could not be expanded, in BuildKit's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellError {
    pub message: String,
}

impl fmt::Display for ShellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ShellError {}

fn error(message: impl Into<String>) -> ShellError {
    ShellError {
        message: message.into(),
    }
}

/// One pass over one word.
struct Run<'a, E: Env + ?Sized> {
    lexer: &'a Lexer,
    env: &'a E,
    text: &'a str,
    /// Byte offset of the next character.
    pos: usize,
    raw_escapes: bool,
    matched: BTreeSet<String>,
    unmatched: BTreeSet<String>,
}

/// Words being split while a string is built (only when asked for).
#[derive(Default)]
struct Words {
    enabled: bool,
    current: String,
    words: Vec<String>,
    in_word: bool,
}

impl Words {
    fn new(enabled: bool) -> Self {
        Words {
            enabled,
            ..Words::default()
        }
    }

    fn add_char(&mut self, ch: char) {
        if !self.enabled {
            return;
        }
        if ch.is_whitespace() {
            if self.in_word && !self.current.is_empty() {
                self.words.push(std::mem::take(&mut self.current));
                self.in_word = false;
            }
        } else {
            self.add_raw_char(ch);
        }
    }

    fn add_raw_char(&mut self, ch: char) {
        if self.enabled {
            self.current.push(ch);
            self.in_word = true;
        }
    }

    fn add_string(&mut self, text: &str) {
        if self.enabled {
            text.chars().for_each(|ch| self.add_char(ch));
        }
    }

    fn add_raw_string(&mut self, text: &str) {
        if self.enabled {
            self.current.push_str(text);
            self.in_word = true;
        }
    }

    fn finish(mut self) -> Vec<String> {
        if !self.current.is_empty() {
            self.words.push(self.current);
        }
        self.words
    }
}

impl<'a, E: Env + ?Sized> Run<'a, E> {
    fn new(lexer: &'a Lexer, word: &'a str, env: &'a E) -> Self {
        // Go's text/scanner skips a byte-order mark at the very start.
        let text = word.strip_prefix('\u{feff}').unwrap_or(word);
        Run {
            lexer,
            env,
            text,
            pos: 0,
            raw_escapes: lexer.raw_escapes,
            matched: BTreeSet::new(),
            unmatched: BTreeSet::new(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let ch = self.peek()?;
        self.pos += ch.len_utf8();
        Some(ch)
    }

    fn process_stop_on(
        &mut self,
        stop: Option<char>,
        raw_escapes: bool,
        split: bool,
    ) -> Result<(String, Vec<String>), ShellError> {
        let saved_raw_escapes = std::mem::replace(&mut self.raw_escapes, raw_escapes);
        let outcome = self.process_stop_on_inner(stop, split);
        self.raw_escapes = saved_raw_escapes;
        outcome
    }

    fn process_stop_on_inner(
        &mut self,
        stop: Option<char>,
        split: bool,
    ) -> Result<(String, Vec<String>), ShellError> {
        let mut result = String::new();
        let mut words = Words::new(split);
        while let Some(ch) = self.peek() {
            if stop == Some(ch) {
                self.next();
                return Ok((result, words.finish()));
            }
            match ch {
                '$' => {
                    let value = self.process_dollar()?;
                    result.push_str(&value);
                    words.add_string(&value);
                }
                '\'' => {
                    let value = self.process_single_quote()?;
                    result.push_str(&value);
                    words.add_raw_string(&value);
                }
                '"' => {
                    let value = self.process_double_quote()?;
                    result.push_str(&value);
                    words.add_raw_string(&value);
                }
                _ => {
                    self.next();
                    if ch == self.lexer.escape {
                        if self.raw_escapes {
                            words.add_raw_char(ch);
                            result.push(ch);
                        }
                        match self.next() {
                            Some(escaped) => {
                                words.add_raw_char(escaped);
                                result.push(escaped);
                            }
                            None => break,
                        }
                    } else {
                        words.add_char(ch);
                        result.push(ch);
                    }
                }
            }
        }
        match stop {
            Some(stop) => Err(error(format!(
                "unexpected end of statement while looking for matching {stop}"
            ))),
            None => Ok((result, words.finish())),
        }
    }

    fn process_single_quote(&mut self) -> Result<String, ShellError> {
        let mut result = String::new();
        let open = self.next();
        if self.lexer.raw_quotes {
            result.extend(open);
        }
        loop {
            match self.next() {
                None => {
                    return Err(error(
                        "unexpected end of statement while looking for matching single-quote",
                    ));
                }
                Some('\'') => {
                    if self.lexer.raw_quotes {
                        result.push('\'');
                    }
                    return Ok(result);
                }
                Some(ch) => result.push(ch),
            }
        }
    }

    fn process_double_quote(&mut self) -> Result<String, ShellError> {
        let mut result = String::new();
        let open = self.next();
        if self.lexer.raw_quotes {
            result.extend(open);
        }
        loop {
            match self.peek() {
                None => {
                    return Err(error(
                        "unexpected end of statement while looking for matching double-quote",
                    ));
                }
                Some('"') => {
                    self.next();
                    if self.lexer.raw_quotes {
                        result.push('"');
                    }
                    return Ok(result);
                }
                Some('$') => {
                    let value = self.process_dollar()?;
                    result.push_str(&value);
                }
                Some(_) => {
                    let mut ch = self.next().unwrap_or_default();
                    if ch == self.lexer.escape {
                        if self.raw_escapes {
                            result.push(ch);
                        }
                        match self.peek() {
                            // An escape at the very end is dropped.
                            None => continue,
                            Some(next)
                                if next == '"' || next == '$' || next == self.lexer.escape =>
                            {
                                ch = next;
                                self.next();
                            }
                            Some(_) => {}
                        }
                    }
                    result.push(ch);
                }
            }
        }
    }

    fn process_dollar(&mut self) -> Result<String, ShellError> {
        self.next();
        if self.peek() != Some('{') {
            let name = self.process_name();
            if name.is_empty() {
                return Ok("$".to_string());
            }
            return Ok(match self.lookup(&name) {
                Some(value) => value,
                None if self.lexer.skip_unset_env => format!("${name}"),
                None => String::new(),
            });
        }

        self.next();
        match self.peek() {
            None => return Err(error("syntax error: missing '}'")),
            Some('{' | '}' | ':') => return Err(error("syntax error: bad substitution")),
            Some(_) => {}
        }
        let name = self.process_name();
        let Some(mut modifier) = self.next() else {
            return Err(error("syntax error: missing '}'"));
        };
        let mut written = modifier.to_string();
        match modifier {
            '}' => Ok(match self.lookup(&name) {
                Some(value) => value,
                None if self.lexer.skip_unset_env => format!("${{{name}}}"),
                None => String::new(),
            }),
            ':' | '+' | '-' | '?' | '#' | '%' => {
                let null_is_unset = modifier == ':';
                if null_is_unset {
                    modifier = self
                        .next()
                        .ok_or_else(|| error("syntax error: missing '}'"))?;
                    written.push(modifier);
                }
                let pattern_op = modifier == '#' || modifier == '%';
                if null_is_unset && pattern_op {
                    return Err(error(format!(
                        "unsupported modifier ({written}) in substitution"
                    )));
                }
                let (word, _) =
                    self.process_stop_on(Some('}'), pattern_op, false)
                        .map_err(|err| {
                            if self.peek().is_none() {
                                error("syntax error: missing '}'")
                            } else {
                                err
                            }
                        })?;
                let value = self.lookup(&name);
                if self.lexer.skip_unset_env && value.is_none() {
                    return Ok(format!("${{{name}{written}{word}}}"));
                }
                let empty = value
                    .as_deref()
                    .is_none_or(|v| null_is_unset && v.is_empty());
                match modifier {
                    '-' => Ok(if empty {
                        word
                    } else {
                        value.unwrap_or_default()
                    }),
                    '+' => Ok(if empty { String::new() } else { word }),
                    '?' => match value {
                        None => Err(error(format!(
                            "{name}: {}",
                            if word.is_empty() {
                                "is not allowed to be unset"
                            } else {
                                &word
                            }
                        ))),
                        Some(value) if null_is_unset && value.is_empty() => Err(error(format!(
                            "{name}: {}",
                            if word.is_empty() {
                                "is not allowed to be empty"
                            } else {
                                &word
                            }
                        ))),
                        Some(value) => Ok(value),
                    },
                    '#' | '%' => {
                        let value = value.unwrap_or_default();
                        let (greedy, pattern) = match word.strip_prefix(modifier) {
                            Some(rest) => (true, rest.to_string()),
                            None => (false, word),
                        };
                        let pattern = Pattern::parse(&pattern)?;
                        Ok(if modifier == '#' {
                            pattern.trim_prefix(&value, greedy)
                        } else {
                            pattern.trim_suffix(&value, greedy)
                        })
                    }
                    _ => Err(error(format!(
                        "unsupported modifier ({written}) in substitution"
                    ))),
                }
            }
            '/' => {
                let replace_all = self.peek() == Some('/');
                if replace_all {
                    self.next();
                }
                let (pattern, _) = self
                    .process_stop_on(Some('/'), true, false)
                    .map_err(|err| {
                        if self.peek().is_none() {
                            error("syntax error: missing '/' in ${}")
                        } else {
                            err
                        }
                    })?;
                let (replacement, _) =
                    self.process_stop_on(Some('}'), true, false)
                        .map_err(|err| {
                            if self.peek().is_none() {
                                error("syntax error: missing '}'")
                            } else {
                                err
                            }
                        })?;
                let Some(value) = self.lookup(&name) else {
                    if self.lexer.skip_unset_env {
                        return Ok(format!("${{{name}/{pattern}/{replacement}}}"));
                    }
                    return Ok(String::new());
                };
                let compiled = Pattern::parse(&pattern).map_err(|err| {
                    error(format!(
                        "invalid pattern ({pattern}) in substitution: {}",
                        err.message
                    ))
                })?;
                Ok(compiled.replace(&value, &replacement, replace_all))
            }
            _ => Err(error(format!(
                "unsupported modifier ({written}) in substitution"
            ))),
        }
    }

    fn process_name(&mut self) -> String {
        let mut name = String::new();
        while let Some(ch) = self.peek() {
            if name.is_empty() && is_go_digit(ch) {
                while let Some(digit) = self.peek().filter(|&c| is_go_digit(c)) {
                    name.push(digit);
                    self.next();
                }
                return name;
            }
            if name.is_empty() && matches!(ch, '@' | '*' | '#' | '?' | '-' | '$' | '!' | '0') {
                self.next();
                return ch.to_string();
            }
            if !is_go_letter(ch) && !is_go_digit(ch) && ch != '_' {
                break;
            }
            name.push(ch);
            self.next();
        }
        name
    }

    fn lookup(&mut self, name: &str) -> Option<String> {
        match self.env.get(name) {
            Some(value) => {
                self.matched.insert(name.to_string());
                Some(value.to_string())
            }
            None => {
                self.unmatched.insert(name.to_string());
                None
            }
        }
    }
}

/// Go's `unicode.IsDigit`: decimal digits (category Nd).
fn is_go_digit(ch: char) -> bool {
    ch.is_ascii_digit()
        || (!ch.is_ascii() && unicode_tables::contains(unicode_tables::DECIMAL_DIGITS, ch))
}

/// Go's `unicode.IsLetter`: category L.
fn is_go_letter(ch: char) -> bool {
    ch.is_ascii_alphabetic()
        || (!ch.is_ascii() && unicode_tables::contains(unicode_tables::LETTERS, ch))
}

/// A shell pattern from `${VAR#…}`, `${VAR%…}` or `${VAR/…/…}`: `*` matches
/// any run, `?` one character, `\` makes the next one literal.
struct Pattern {
    tokens: Vec<PatternToken>,
}

#[derive(Clone, Copy, PartialEq)]
enum PatternToken {
    Literal(char),
    AnyChar,
    AnyRun,
}

impl Pattern {
    fn parse(pattern: &str) -> Result<Pattern, ShellError> {
        let mut tokens = Vec::new();
        let mut chars = pattern.chars().peekable();
        while let Some(ch) = chars.next() {
            match ch {
                '*' => tokens.push(PatternToken::AnyRun),
                '?' => tokens.push(PatternToken::AnyChar),
                '\\' => match chars.peek().copied() {
                    // An escaped `}` or `/` belongs to `${}` syntax, not to the pattern.
                    Some('}' | '/') => {}
                    Some(escaped @ ('*' | '?' | '\\')) => {
                        chars.next();
                        tokens.push(PatternToken::Literal(escaped));
                    }
                    Some(other) => {
                        return Err(error(format!("invalid escape '\\{other}'")));
                    }
                    None => return Err(error("invalid escape '\\\u{fffd}'")),
                },
                other => tokens.push(PatternToken::Literal(other)),
            }
        }
        Ok(Pattern { tokens })
    }

    /// Lengths (in chars) of the prefixes of `text` the pattern matches whole.
    fn prefix_match_lengths(tokens: &[PatternToken], text: &[char]) -> Vec<usize> {
        // positions[i] is true when the tokens so far can end at text[..i].
        let mut positions = vec![false; text.len() + 1];
        positions[0] = true;
        for token in tokens {
            let mut next = vec![false; text.len() + 1];
            for start in 0..=text.len() {
                if !positions[start] {
                    continue;
                }
                match *token {
                    PatternToken::AnyRun => next[start..].iter_mut().for_each(|p| *p = true),
                    PatternToken::AnyChar if start < text.len() => next[start + 1] = true,
                    PatternToken::Literal(ch) if text.get(start) == Some(&ch) => {
                        next[start + 1] = true
                    }
                    _ => {}
                }
            }
            positions = next;
        }
        (0..=text.len()).filter(|&i| positions[i]).collect()
    }

    fn trim_prefix(&self, value: &str, greedy: bool) -> String {
        let chars: Vec<char> = value.chars().collect();
        let lengths = Self::prefix_match_lengths(&self.tokens, &chars);
        let cut = if greedy {
            lengths.last()
        } else {
            lengths.first()
        };
        match cut {
            Some(&cut) => chars[cut..].iter().collect(),
            None => value.to_string(),
        }
    }

    fn trim_suffix(&self, value: &str, greedy: bool) -> String {
        let reversed = Pattern {
            tokens: self.tokens.iter().rev().copied().collect(),
        };
        let chars: Vec<char> = value.chars().rev().collect();
        let lengths = Self::prefix_match_lengths(&reversed.tokens, &chars);
        let cut = if greedy {
            lengths.last()
        } else {
            lengths.first()
        };
        match cut {
            Some(&cut) => chars[cut..].iter().rev().collect(),
            None => value.to_string(),
        }
    }

    /// Replaces the first (or every) leftmost-longest match, as Go's regexp
    /// does for a greedy translation of the pattern.
    fn replace(&self, value: &str, replacement: &str, all: bool) -> String {
        let chars: Vec<char> = value.chars().collect();
        let mut out = String::new();
        let mut start = 0;
        while start <= chars.len() {
            let found = (start..=chars.len()).find_map(|from| {
                Self::prefix_match_lengths(&self.tokens, &chars[from..])
                    .last()
                    .map(|&len| (from, len))
            });
            let Some((from, len)) = found else { break };
            out.extend(&chars[start..from]);
            out.push_str(replacement);
            if !all {
                start = from + len;
                out.extend(&chars[start..]);
                return out;
            }
            if len == 0 {
                // An empty match: keep one character and move on, as Go does.
                if from < chars.len() {
                    out.push(chars[from]);
                }
                start = from + 1;
            } else {
                start = from + len;
            }
        }
        if start <= chars.len() {
            out.extend(&chars[start.min(chars.len())..]);
        }
        out
    }
}
