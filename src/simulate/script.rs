//! Shell scripts as the image's `/bin/sh` reads them: the one model of the
//! shell that `RUN`, a shell-form `CMD`/`ENTRYPOINT` and `sh -c` share. A
//! script parses into lists of pipelines joined by `&&` and `||`, with
//! `if`, loops and groups; words keep which parts were quoted, so `$VAR`
//! expands where a shell would expand it. `/bin/sh` is dash on Debian and
//! BusyBox ash on Alpine: what only bash understands (arrays, `function`,
//! `<<<`, `[[` and `source` under dash…) is recorded as a [`Bashism`], so
//! the simulation fails the command where the real shell would.

use serde::Deserialize;

/// What runs a shell script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShellKind {
    /// Debian's `/bin/sh`: POSIX, nothing more.
    Dash,
    /// Alpine's `/bin/sh`: BusyBox ash, built with its bash compatibility
    /// (`[[`, `source`, `${v//a/b}`, `pipefail`), but no arrays.
    Ash,
    Bash,
}

impl ShellKind {
    /// The shell a `SHELL ["/bin/bash", "-c"]` program names, if known.
    pub fn of_program(program: &str, sh: Option<ShellKind>) -> Option<ShellKind> {
        match program.rsplit('/').next()? {
            "bash" => Some(ShellKind::Bash),
            "dash" => Some(ShellKind::Dash),
            "ash" => Some(ShellKind::Ash),
            "sh" => sh,
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ShellKind::Dash => "dash",
            ShellKind::Ash => "ash (BusyBox)",
            ShellKind::Bash => "bash",
        }
    }

    /// Whether the shell has `[[ … ]]` and `source`.
    pub fn has_bash_builtins(self) -> bool {
        self != ShellKind::Dash
    }
}

/// Something of bash's that this shell refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bashism {
    /// A syntax error: the whole script fails before it runs.
    Syntax(&'static str),
    /// A command the shell does not have (`[[`, `source`): status 127.
    Builtin(&'static str),
}

impl Bashism {
    pub fn construct(&self) -> &'static str {
        match self {
            Bashism::Syntax(what) | Bashism::Builtin(what) => what,
        }
    }
}

/// How a part of a word was quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quote {
    None,
    Single,
    Double,
}

/// A shell word, in parts: `"$HOME"/app` is a double-quoted part and a bare one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    pub parts: Vec<(String, Quote)>,
}

impl Word {
    fn push(&mut self, ch: char, quote: Quote) {
        match self.parts.last_mut() {
            Some((text, own)) if *own == quote => text.push(ch),
            _ => self.parts.push((ch.to_string(), quote)),
        }
    }

    /// The text with quotes removed and nothing expanded.
    pub fn text(&self) -> String {
        self.parts.iter().map(|(text, _)| text.as_str()).collect()
    }

    /// Whether no part was quoted (reserved words must be bare).
    pub fn is_bare(&self) -> bool {
        self.parts.iter().all(|(_, quote)| *quote == Quote::None)
    }

    /// The text with `$NAME`, `${NAME}` and `${NAME:-default}` replaced
    /// where `lookup` knows them (outside single quotes); an unknown
    /// variable stays as written, so a path built from it is recognisably
    /// unknown.
    pub fn expand(&self, lookup: &dyn Fn(&str) -> Option<String>) -> String {
        let mut out = String::new();
        for (text, quote) in &self.parts {
            if *quote == Quote::Single {
                out.push_str(text);
            } else {
                out.push_str(&expand_variables(text, lookup));
            }
        }
        out
    }
}

fn expand_variables(text: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let (name, operation, consumed) = match after.strip_prefix('{') {
            Some(braced) => match braced.find('}') {
                Some(end) => {
                    let inner = &braced[..end];
                    let name_end = inner
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .unwrap_or(inner.len());
                    let (name, operation) = inner.split_at(name_end);
                    (name, Some(operation), end + 2)
                }
                None => ("", None, 0),
            },
            None => {
                let end = after
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(after.len());
                (&after[..end], None, end)
            }
        };
        let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let value = match operation.unwrap_or("") {
            "" => lookup(name),
            operation => match operation
                .strip_prefix(":-")
                .or_else(|| operation.strip_prefix('-'))
            {
                Some(default) => lookup(name)
                    .filter(|value| !value.is_empty() || !operation.starts_with(':'))
                    .or_else(|| Some(default.to_string())),
                None => lookup(name).and_then(|value| remove_pattern(&value, operation)),
            },
        };
        match (valid, value) {
            (true, Some(value)) => {
                out.push_str(&value);
                rest = &after[consumed..];
            }
            _ => {
                out.push('$');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `${NAME#pattern}`, `##`, `%`, `%%`: the value without its shortest or
/// longest prefix or suffix matching the pattern (POSIX "Parameter
/// Expansion"); `None` for an operation this model does not know.
fn remove_pattern(value: &str, operation: &str) -> Option<String> {
    let cuts: Vec<usize> = value
        .char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(value.len()))
        .collect();
    let matches = |pattern: &str, part: &str| super::fs::glob_match(pattern, part);
    if let Some(pattern) = operation.strip_prefix("##") {
        let cut = cuts
            .iter()
            .rev()
            .find(|&&at| matches(pattern, &value[..at]))?;
        Some(value[*cut..].to_string())
    } else if let Some(pattern) = operation.strip_prefix('#') {
        let cut = cuts.iter().find(|&&at| matches(pattern, &value[..at]))?;
        Some(value[*cut..].to_string())
    } else if let Some(pattern) = operation.strip_prefix("%%") {
        let cut = cuts.iter().find(|&&at| matches(pattern, &value[at..]))?;
        Some(value[..*cut].to_string())
    } else if let Some(pattern) = operation.strip_prefix('%') {
        let cut = cuts
            .iter()
            .rev()
            .find(|&&at| matches(pattern, &value[at..]))?;
        Some(value[..*cut].to_string())
    } else {
        None
    }
}

/// One command of a pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `NAME=value … program args…`
    Simple {
        assignments: Vec<(String, Word)>,
        words: Vec<Word>,
        /// Where its standard output goes to a file (`> out`, `>> out`),
        /// the file's word and whether it appends.
        writes: Vec<(Word, bool)>,
    },
    /// `if c; then …; elif c; then …; else …; fi`
    If {
        branches: Vec<(List, List)>,
        otherwise: Option<List>,
    },
    /// `for`, `while`, `until`: the body is simulated once.
    Loop { body: List },
    /// `{ …; }` or `( … )`.
    Group(List),
    /// A construct this shell refuses.
    Refused(Bashism),
}

/// `cmd | cmd`: its status is the last command's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pipeline {
    pub negated: bool,
    pub commands: Vec<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connector {
    And,
    Or,
}

/// `a && b || c`: each pipeline runs according to the status before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AndOr {
    pub first: Pipeline,
    pub rest: Vec<(Connector, Pipeline)>,
    /// Ended by `&`: it runs in the background (also what `cmd &> file`
    /// means to dash).
    pub background: bool,
}

/// Commands separated by `;`, `&` or new lines: each runs, the list's
/// status is the last one's.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct List {
    pub items: Vec<AndOr>,
}

/// A parsed script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    pub list: List,
    /// A syntax error of this shell: the script does not run at all.
    pub refused: Option<Bashism>,
    /// Groups and `if`s nested deeper than [`MAX_DEPTH`]: the checker read
    /// no further (a real script never does this; a hostile one might).
    pub too_deep: bool,
}

/// How deep `if`, loops and groups may nest before the parser stops.
pub const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(Word),
    /// `&&`, `||`, `;`, `&`, `|`, `|&`, `(`, `)`, `;;`, new line.
    Op(&'static str),
    /// A redirection operator: the word after it is its target.
    Redirect(&'static str),
}

/// Parses `text` as `shell` reads it.
pub fn parse(text: &str, shell: ShellKind) -> Script {
    let tokens = tokenize(text, shell);
    let mut parser = Parser {
        tokens,
        at: 0,
        shell,
        refused: None,
        depth: 0,
        too_deep: false,
    };
    let list = parser.list(&[]);
    Script {
        list,
        refused: parser.refused,
        too_deep: parser.too_deep,
    }
}

fn tokenize(text: &str, shell: ShellKind) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = Word::default();
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    macro_rules! end_word {
        () => {
            if in_word {
                tokens.push(Token::Word(std::mem::take(&mut word)));
                in_word = false;
            }
        };
    }
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\n') | None => {}
                Some(next) => {
                    word.push(next, Quote::Single);
                    in_word = true;
                }
            },
            '\'' => {
                in_word = true;
                // An empty '' still makes a word.
                word.parts.push((String::new(), Quote::Single));
                for next in chars.by_ref() {
                    if next == '\'' {
                        break;
                    }
                    word.push(next, Quote::Single);
                }
            }
            '"' => {
                in_word = true;
                word.parts.push((String::new(), Quote::Double));
                while let Some(next) = chars.next() {
                    match next {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('\n') | None => {}
                            Some(escaped @ ('$' | '`' | '"' | '\\')) => {
                                word.push(escaped, Quote::Single)
                            }
                            Some(other) => {
                                word.push('\\', Quote::Double);
                                word.push(other, Quote::Double);
                            }
                        },
                        other => word.push(other, Quote::Double),
                    }
                }
            }
            // `$(…)`, `$((…))` and `${…}` stay inside the word, whatever they hold.
            '$' if matches!(chars.peek(), Some('(' | '{')) => {
                in_word = true;
                word.push('$', Quote::None);
                let open = chars.next().unwrap_or('(');
                let close = if open == '(' { ')' } else { '}' };
                word.push(open, Quote::None);
                let mut depth = 1;
                for next in chars.by_ref() {
                    word.push(next, Quote::None);
                    if next == open {
                        depth += 1;
                    } else if next == close {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                }
            }
            '`' => {
                in_word = true;
                word.push('`', Quote::None);
                for next in chars.by_ref() {
                    word.push(next, Quote::None);
                    if next == '`' {
                        break;
                    }
                }
            }
            '#' if !in_word => {
                for next in chars.by_ref() {
                    if next == '\n' {
                        tokens.push(Token::Op("\n"));
                        break;
                    }
                }
            }
            '\n' => {
                end_word!();
                tokens.push(Token::Op("\n"));
            }
            c if c.is_whitespace() => end_word!(),
            '&' | '|' | ';' => {
                end_word!();
                let next = chars.peek().copied();
                let op = match (c, next) {
                    ('&', Some('&')) => "&&",
                    ('|', Some('|')) => "||",
                    ('|', Some('&')) => "|&",
                    (';', Some(';')) => ";;",
                    // `cmd &> file`: bash redirects both outputs; dash and ash
                    // run `cmd` in the background, then `> file`.
                    ('&', Some('>')) if shell == ShellKind::Bash => {
                        chars.next();
                        tokens.push(Token::Redirect("&>"));
                        continue;
                    }
                    ('&', _) => "&",
                    ('|', _) => "|",
                    _ => ";",
                };
                if op.len() == 2 {
                    chars.next();
                }
                tokens.push(Token::Op(op));
            }
            '(' | ')' => {
                // `name=(a b)` is an array assignment: keep it in the word.
                if c == '(' && in_word && word.text().ends_with('=') && word.is_bare() {
                    word.push('(', Quote::None);
                    continue;
                }
                end_word!();
                tokens.push(Token::Op(if c == '(' { "(" } else { ")" }));
            }
            '<' | '>' => {
                // `2>&1`, `2>/dev/null`: the digits before belong to the redirection.
                if in_word && word.is_bare() && word.text().chars().all(|c| c.is_ascii_digit()) {
                    word = Word::default();
                    in_word = false;
                } else {
                    end_word!();
                }
                let op = match (c, chars.peek().copied()) {
                    ('<', Some('<')) => {
                        chars.next();
                        if chars.peek() == Some(&'<') {
                            chars.next();
                            "<<<"
                        } else {
                            if chars.peek() == Some(&'-') {
                                chars.next();
                            }
                            "<<"
                        }
                    }
                    ('>', Some('>')) => {
                        chars.next();
                        ">>"
                    }
                    ('>', Some('&')) | ('<', Some('&')) => {
                        chars.next();
                        ">&"
                    }
                    ('<', _) => "<",
                    _ => ">",
                };
                tokens.push(Token::Redirect(op));
            }
            c => {
                word.push(c, Quote::None);
                in_word = true;
            }
        }
    }
    if in_word {
        tokens.push(Token::Word(word));
    }
    tokens
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    shell: ShellKind,
    refused: Option<Bashism>,
    depth: usize,
    too_deep: bool,
}

impl Parser {
    fn peek_word(&self) -> Option<String> {
        match self.tokens.get(self.at) {
            Some(Token::Word(word)) if word.is_bare() => Some(word.text()),
            _ => None,
        }
    }

    fn refuse(&mut self, what: &'static str) -> Command {
        let bashism = Bashism::Syntax(what);
        self.refused.get_or_insert(bashism.clone());
        Command::Refused(bashism)
    }

    fn skip_separators(&mut self) {
        while matches!(self.tokens.get(self.at), Some(Token::Op(";" | "\n" | "&"))) {
            self.at += 1;
        }
    }

    /// Commands up to one of the reserved words in `until` (or the end).
    fn list(&mut self, until: &[&str]) -> List {
        let mut list = List::default();
        loop {
            self.skip_separators();
            match self.tokens.get(self.at) {
                None => break,
                Some(Token::Op(")")) => break,
                Some(Token::Op(";;")) => {
                    self.at += 1;
                    continue;
                }
                _ => {}
            }
            if self
                .peek_word()
                .is_some_and(|word| until.contains(&word.as_str()))
            {
                break;
            }
            let before = self.at;
            let mut and_or = self.and_or();
            and_or.background = matches!(self.tokens.get(self.at), Some(Token::Op("&")));
            list.items.push(and_or);
            if self.at == before {
                // Nothing consumed: step over the token rather than loop.
                self.at += 1;
            }
        }
        list
    }

    fn and_or(&mut self) -> AndOr {
        let first = self.pipeline();
        let mut rest = Vec::new();
        loop {
            let connector = match self.tokens.get(self.at) {
                Some(Token::Op("&&")) => Connector::And,
                Some(Token::Op("||")) => Connector::Or,
                _ => break,
            };
            self.at += 1;
            while matches!(self.tokens.get(self.at), Some(Token::Op("\n"))) {
                self.at += 1;
            }
            rest.push((connector, self.pipeline()));
        }
        AndOr {
            first,
            rest,
            background: false,
        }
    }

    fn pipeline(&mut self) -> Pipeline {
        let negated = self.peek_word().as_deref() == Some("!");
        if negated {
            self.at += 1;
        }
        let mut commands = vec![self.command()];
        loop {
            match self.tokens.get(self.at) {
                Some(Token::Op("|")) => {}
                Some(Token::Op("|&")) => {
                    if self.shell == ShellKind::Dash {
                        commands.push(self.refuse("|&"));
                    }
                }
                _ => break,
            }
            self.at += 1;
            while matches!(self.tokens.get(self.at), Some(Token::Op("\n"))) {
                self.at += 1;
            }
            commands.push(self.command());
        }
        Pipeline { negated, commands }
    }

    fn expect_word(&mut self, word: &str) {
        self.skip_separators();
        if self.peek_word().as_deref() == Some(word) {
            self.at += 1;
        }
    }

    fn command(&mut self) -> Command {
        if self.depth >= MAX_DEPTH {
            self.too_deep = true;
            self.at = self.tokens.len();
            return Command::Group(List::default());
        }
        self.depth += 1;
        let command = self.compound_or_simple();
        self.depth -= 1;
        command
    }

    fn compound_or_simple(&mut self) -> Command {
        match self.peek_word().as_deref() {
            Some("if") => {
                self.at += 1;
                let mut branches = Vec::new();
                let mut otherwise = None;
                loop {
                    let condition = self.list(&["then"]);
                    self.expect_word("then");
                    let body = self.list(&["elif", "else", "fi"]);
                    branches.push((condition, body));
                    match self.peek_word().as_deref() {
                        Some("elif") => self.at += 1,
                        Some("else") => {
                            self.at += 1;
                            otherwise = Some(self.list(&["fi"]));
                            self.expect_word("fi");
                            break;
                        }
                        _ => {
                            self.expect_word("fi");
                            break;
                        }
                    }
                }
                Command::If {
                    branches,
                    otherwise,
                }
            }
            Some("for" | "while" | "until" | "select") => {
                self.at += 1;
                // The loop's head (`x in a b`, a condition) is skipped.
                let _head = self.list(&["do"]);
                self.expect_word("do");
                let body = self.list(&["done"]);
                self.expect_word("done");
                Command::Loop { body }
            }
            Some("case") => {
                self.at += 1;
                while self.at < self.tokens.len() && self.peek_word().as_deref() != Some("esac") {
                    self.at += 1;
                }
                self.at += 1;
                Command::Group(List::default())
            }
            Some("{") => {
                self.at += 1;
                let body = self.list(&["}"]);
                self.expect_word("}");
                Command::Group(body)
            }
            Some("function") if self.shell == ShellKind::Dash => {
                self.skip_function();
                self.refuse("function")
            }
            Some("function") => {
                self.skip_function();
                Command::Group(List::default())
            }
            _ => match self.tokens.get(self.at) {
                Some(Token::Op("(")) => {
                    self.at += 1;
                    let body = self.list(&[]);
                    if matches!(self.tokens.get(self.at), Some(Token::Op(")"))) {
                        self.at += 1;
                    }
                    Command::Group(body)
                }
                _ => self.simple(),
            },
        }
    }

    /// `function name { … }` or `name() { … }`: defined, not run here.
    fn skip_function(&mut self) {
        let mut depth = 0;
        while let Some(token) = self.tokens.get(self.at) {
            self.at += 1;
            if let Token::Word(word) = token {
                match word.text().as_str() {
                    "{" => depth += 1,
                    "}" => {
                        depth -= 1;
                        if depth <= 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn simple(&mut self) -> Command {
        let mut assignments = Vec::new();
        let mut words: Vec<Word> = Vec::new();
        let mut writes = Vec::new();
        while let Some(token) = self.tokens.get(self.at).cloned() {
            match token {
                Token::Word(word) => {
                    self.at += 1;
                    let text = word.text();
                    if words.is_empty()
                        && let Some((name, _)) = assignment_name(&text)
                    {
                        if word.is_bare() && text[name.len() + 1..].starts_with('(') {
                            if self.shell != ShellKind::Bash {
                                // Arrays: dash and ash stop at `(`.
                                self.skip_to_close();
                                return self.refuse("name=(…)");
                            }
                            self.skip_to_close();
                            continue;
                        }
                        assignments.push((name.to_string(), value_part(&word, name.len() + 1)));
                        continue;
                    }
                    words.push(word);
                }
                Token::Redirect(op) => {
                    self.at += 1;
                    if op == "<<<" && self.shell == ShellKind::Dash {
                        return self.refuse("<<<");
                    }
                    // The redirection's target is not an argument; an output
                    // to a file (not to another descriptor) creates it.
                    if let Some(Token::Word(target)) = self.tokens.get(self.at) {
                        let to_file = matches!(op, ">" | ">>" | ">|" | "&>" | "1>" | "1>>");
                        if to_file && !target.text().starts_with('&') {
                            writes.push((target.clone(), op.ends_with(">>")));
                        }
                        self.at += 1;
                    }
                }
                Token::Op("(") if !words.is_empty() => {
                    // `name() { … }`: a function definition.
                    self.skip_function();
                    return Command::Group(List::default());
                }
                Token::Op(_) => break,
            }
        }
        if let Some(first) = words.first().map(Word::text) {
            let builtin = match first.as_str() {
                "[[" => Some("[["),
                "source" => Some("source"),
                _ => None,
            };
            if let Some(name) = builtin
                && !self.shell.has_bash_builtins()
            {
                return Command::Refused(Bashism::Builtin(name));
            }
        }
        Command::Simple {
            assignments,
            words,
            writes,
        }
    }

    /// Skips an array's `(…)`.
    fn skip_to_close(&mut self) {
        while let Some(token) = self.tokens.get(self.at) {
            self.at += 1;
            match token {
                Token::Op(")") => break,
                Token::Word(word) if word.text().ends_with(')') => break,
                _ => {}
            }
        }
    }
}

/// `NAME` of a `NAME=value` word.
fn assignment_name(text: &str) -> Option<(&str, &str)> {
    let (name, value) = text.split_once('=')?;
    let valid = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    valid.then_some((name, value))
}

/// The part of a word after its first `skip` characters, quotes kept.
fn value_part(word: &Word, skip: usize) -> Word {
    let mut left = skip;
    let mut value = Word::default();
    for (text, quote) in &word.parts {
        let count = text.chars().count();
        if left >= count {
            left -= count;
            continue;
        }
        let rest: String = text.chars().skip(left).collect();
        left = 0;
        value.parts.push((rest, *quote));
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(command: &Command) -> Vec<String> {
        match command {
            Command::Simple { words, .. } => words.iter().map(Word::text).collect(),
            other => panic!("not a simple command: {other:?}"),
        }
    }

    fn first(script: &Script) -> &Command {
        &script.list.items[0].first.commands[0]
    }

    #[test]
    fn lists_and_pipelines_keep_their_connectors() {
        let script = parse(
            "npm ci && npm run build \\\n  && echo 'a && b' ; CGO_ENABLED=0 go build -o \"/out/my app\" ./cmd | tee log",
            ShellKind::Dash,
        );
        assert_eq!(script.refused, None);
        let items = &script.list.items;
        assert_eq!(items.len(), 2);
        assert_eq!(words(&items[0].first.commands[0]), ["npm", "ci"]);
        assert_eq!(items[0].rest.len(), 2);
        assert_eq!(items[0].rest[0].0, Connector::And);
        assert_eq!(words(&items[0].rest[1].1.commands[0]), ["echo", "a && b"]);
        let go = &items[1].first.commands[0];
        let Command::Simple { assignments, .. } = go else {
            panic!()
        };
        assert_eq!(assignments[0].0, "CGO_ENABLED");
        assert_eq!(words(go), ["go", "build", "-o", "/out/my app", "./cmd"]);
        assert_eq!(items[1].first.commands.len(), 2);
    }

    #[test]
    fn if_and_loops_nest() {
        let script = parse(
            "if [ -f yarn.lock ]; then yarn install; elif [ -f package-lock.json ]; then npm ci; else npm install; fi",
            ShellKind::Dash,
        );
        let Command::If {
            branches,
            otherwise,
        } = first(&script)
        else {
            panic!()
        };
        assert_eq!(branches.len(), 2);
        assert_eq!(
            words(&branches[1].1.items[0].first.commands[0]),
            ["npm", "ci"]
        );
        assert!(otherwise.is_some());
        let looped = parse("for f in a b; do rm -rf $f; done", ShellKind::Dash);
        assert!(matches!(first(&looped), Command::Loop { .. }));
    }

    // Debian's /bin/sh is dash (Debian Policy 10.4); it has no `[[`, no
    // `source`, no arrays and no `<<<` ("Syntax error: "(" unexpected").
    // Alpine's BusyBox ash has `[[` and `source` (CONFIG_ASH_BASH_COMPAT),
    // not arrays.
    #[test]
    fn what_dash_and_ash_refuse() {
        assert_eq!(
            parse("arr=(a b); echo ${arr[0]}", ShellKind::Dash).refused,
            Some(Bashism::Syntax("name=(…)"))
        );
        assert_eq!(
            parse("arr=(a b)", ShellKind::Ash).refused,
            Some(Bashism::Syntax("name=(…)"))
        );
        assert_eq!(parse("arr=(a b)", ShellKind::Bash).refused, None);
        assert_eq!(
            first(&parse("source /opt/venv/bin/activate", ShellKind::Dash)),
            &Command::Refused(Bashism::Builtin("source"))
        );
        assert!(matches!(
            first(&parse("source /opt/venv/bin/activate", ShellKind::Ash)),
            Command::Simple { .. }
        ));
        assert!(matches!(
            first(&parse("[[ -f a ]] && echo", ShellKind::Dash)),
            Command::Refused(_)
        ));
        assert!(parse("cat <<< hi", ShellKind::Dash).refused.is_some());
        assert!(
            parse("npm test |& tee log", ShellKind::Dash)
                .refused
                .is_some()
        );
        assert!(
            parse("function f { :; }", ShellKind::Dash)
                .refused
                .is_some()
        );
        assert!(parse("f() { :; }; f", ShellKind::Dash).refused.is_none());
    }

    #[test]
    fn quotes_decide_what_expands() {
        let script = parse("echo \"$HOME\"/x '$HOME' ${NOPE:-d} $NOPE", ShellKind::Dash);
        let Command::Simple { words, .. } = first(&script) else {
            panic!()
        };
        let lookup = |name: &str| (name == "HOME").then(|| "/root".to_string());
        let expanded: Vec<String> = words.iter().map(|w| w.expand(&lookup)).collect();
        assert_eq!(expanded, ["echo", "/root/x", "$HOME", "d", "$NOPE"]);
    }

    // dash(1): `&` ends an asynchronous list; bash alone reads `&>` as a
    // redirection of both outputs.
    #[test]
    fn an_ampersand_sends_to_the_background_except_bashs_redirection() {
        let dash = parse("npm ci &> /dev/null", ShellKind::Dash);
        assert!(dash.list.items[0].background);
        let bash = parse("npm ci &> /dev/null", ShellKind::Bash);
        assert!(!bash.list.items[0].background);
        assert_eq!(words(first(&bash)), ["npm", "ci"]);
    }

    #[test]
    fn hostile_nesting_stops_the_parser_not_the_program() {
        let deep = "(".repeat(100_000) + "echo" + &")".repeat(100_000);
        let script = parse(&deep, ShellKind::Dash);
        assert!(script.too_deep);
        let ifs = "if true; then ".repeat(10_000) + "echo" + &"; fi".repeat(10_000);
        assert!(parse(&ifs, ShellKind::Bash).too_deep);
    }

    #[test]
    fn redirections_are_not_arguments() {
        let script = parse("npm test 2>&1 > /tmp/log", ShellKind::Dash);
        assert_eq!(words(first(&script)), ["npm", "test"]);
        let comment = parse("npm ci # install\nnpm run build", ShellKind::Dash);
        assert_eq!(comment.list.items.len(), 2);
    }

    // POSIX "Parameter Expansion": # and ## remove the shortest and longest
    // matching prefix, % and %% the shortest and longest suffix.
    #[test]
    fn pattern_removal_in_parameter_expansion() {
        let word = |text: &str| {
            let mut word = Word::default();
            for ch in text.chars() {
                word.push(ch, Quote::None);
            }
            word
        };
        let lookup = |name: &str| (name == "P").then(|| "linux/arm64/v8".to_string());
        assert_eq!(word("${P#*/}").expand(&lookup), "arm64/v8");
        assert_eq!(word("${P##*/}").expand(&lookup), "v8");
        assert_eq!(word("${P%/*}").expand(&lookup), "linux/arm64");
        assert_eq!(word("${P%%/*}").expand(&lookup), "linux");
        assert_eq!(word("${Q:-none}").expand(&lookup), "none");
    }
}
