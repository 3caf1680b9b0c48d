//! `.dockerignore` as Docker reads it: the file's lines become patterns the
//! way `ignorefile.ReadAll` of moby/patternmatcher makes them (comments only
//! at the very start of a line, spaces trimmed, paths cleaned, a leading `/`
//! dropped), and a path is excluded the way `MatchesOrParentMatches` decides
//! (a pattern matching a folder matches what it holds, the last matching
//! pattern wins, `!` re-includes). Patterns compile to the same four kinds of
//! match as there — exact, prefix (`dir/**`), suffix (`**/name`) and the
//! general one, where `*` and `?` stop at `/` and `**/` spans folders — so
//! the quirks a learner meets are Docker's. The build context's coarse
//! entries (a whole `node_modules` is one entry) also need to know what
//! becomes of a folder's contents: [`folder`] says.

/// The patterns of a `.dockerignore` file, in order (`!` kept in front).
pub fn read(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut patterns = Vec::new();
    for line in text.lines() {
        // A `#` counts only in the first column: `  # x` is a pattern.
        if line.starts_with('#') {
            continue;
        }
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (invert, path) = match line.strip_prefix('!') {
            Some(rest) => (true, rest.trim()),
            None => (false, line),
        };
        let mut path = if path.is_empty() {
            String::new()
        } else {
            clean(path)
        };
        if path.len() > 1 && path.starts_with('/') {
            path.remove(0);
        }
        patterns.push(if invert { format!("!{path}") } else { path });
    }
    patterns
}

/// Go's `filepath.Clean` on a slash path: no empty or `.` elements, `..`
/// resolved where it can be, no trailing slash; `.` for nothing.
fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => match parts.last() {
                Some(&last) if last != ".." => {
                    parts.pop();
                }
                _ if rooted => {}
                _ => parts.push(".."),
            },
            part => parts.push(part),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// Patterns compiled once, to be asked about many paths.
pub struct Patterns(Vec<Pattern>);

impl Patterns {
    pub fn new(patterns: &[String]) -> Patterns {
        Patterns(patterns.iter().map(|text| Pattern::new(text)).collect())
    }

    /// Whether `path` (relative to the context, `/`-separated) is excluded:
    /// it or one of its parent folders matches, and no later `!` pattern
    /// brings it back.
    pub fn excluded(&self, path: &str) -> bool {
        let mut matched = false;
        for pattern in &self.0 {
            if pattern.exclusion == matched && pattern.matches_or_parent(path) {
                matched = !pattern.exclusion;
            }
        }
        matched
    }
}

/// [`Patterns::excluded`] for patterns used once.
pub fn excluded(patterns: &[String], path: &str) -> bool {
    Patterns::new(patterns).excluded(path)
}

/// What a folder of the context becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Folder {
    /// It is sent with what it holds.
    Kept,
    /// Part of what it holds may be sent: this pattern reaches inside
    /// without naming all of it (`!**/package.json` after `node_modules`),
    /// and only the folder's real contents would tell.
    Partly(String),
    /// It is sent empty: every pattern that touches it names its contents
    /// (`node_modules/*`, `node_modules/**`).
    Emptied,
    /// Neither it nor anything in it is sent.
    Gone,
}

/// What happens to the folder `path` and its contents, which the context
/// does not list one by one: a pattern reaching inside the folder without
/// naming all of it leaves it partly sent, and so [`Folder::Kept`].
pub fn folder(patterns: &[String], path: &str) -> Folder {
    Patterns::new(patterns).folder(path)
}

impl Patterns {
    /// See [`folder`].
    pub fn folder(&self, path: &str) -> Folder {
        #[derive(PartialEq)]
        enum Contents {
            Sent,
            Excluded,
            Mixed(String),
        }
        let mut itself_excluded = false;
        let mut contents = Contents::Sent;
        // A name no pattern spells out: a pattern matching it below the folder
        // matches whatever the folder holds.
        let any_child = format!("{path}/\u{e000}\u{e001}");
        for pattern in &self.0 {
            let now = if pattern.exclusion {
                Contents::Sent
            } else {
                Contents::Excluded
            };
            if pattern.matches_or_parent(path) {
                itself_excluded = !pattern.exclusion;
                contents = now;
            } else if pattern.matches(&any_child) {
                contents = now;
            } else if pattern.reaches_below(path) && contents != now {
                contents = Contents::Mixed(pattern.written());
            }
        }
        match contents {
            Contents::Excluded if itself_excluded => Folder::Gone,
            Contents::Excluded => Folder::Emptied,
            Contents::Sent => Folder::Kept,
            Contents::Mixed(pattern) => Folder::Partly(pattern),
        }
    }
}

/// One compiled pattern.
struct Pattern {
    /// A `!` pattern: it re-includes what it matches.
    exclusion: bool,
    text: String,
    kind: Kind,
}

/// patternmatcher's match types: the three plain ones avoid its regexp.
enum Kind {
    Exact,
    /// `dir/**`: everything whose path starts with `dir/`.
    Prefix,
    /// `**/name`: `name` at any depth.
    Suffix,
    General(General),
    /// A pattern Docker refuses (an unclosed `[`): it matches nothing here.
    Invalid,
}

/// The general pattern's tokens, and the plain text it starts and ends
/// with: most paths are told apart by those alone, without the matcher
/// (a long `.dockerignore` is read against every entry of the context).
struct General {
    tokens: Vec<Token>,
    starts: String,
    ends: String,
}

impl General {
    fn new(tokens: Vec<Token>) -> General {
        let literal = |token: &Token| match token {
            Token::Char(ch) => Some(*ch),
            _ => None,
        };
        let starts = tokens.iter().map_while(literal).collect();
        let mut ends: Vec<char> = tokens.iter().rev().map_while(literal).collect();
        ends.reverse();
        General {
            starts,
            ends: ends.into_iter().collect(),
            tokens,
        }
    }

    fn matches(&self, path: &str) -> bool {
        if !path.starts_with(&self.starts)
            || !path.ends_with(&self.ends)
            || path.len() < self.starts.len() + self.ends.len()
        {
            return false;
        }
        let text: Vec<char> = path.chars().collect();
        let mut memo = vec![None; (self.tokens.len() + 1) * (text.len() + 1)];
        full_match(&self.tokens, &text, 0, 0, &mut memo)
    }

    fn reaches(&self, inside: &str) -> bool {
        if !inside.starts_with(&self.starts) && !self.starts.starts_with(inside) {
            return false;
        }
        // `**/…` reads any folder and goes on.
        if matches!(self.tokens.first(), Some(Token::Folders | Token::Anything)) {
            return true;
        }
        let text: Vec<char> = inside.chars().collect();
        let mut memo = vec![None; (self.tokens.len() + 1) * (text.len() + 1)];
        prefix_match(&self.tokens, &text, 0, 0, &mut memo)
    }
}

#[derive(Debug, Clone)]
enum Token {
    Char(char),
    /// `*`: any run of characters but `/`.
    Star,
    /// `?`: one character but `/`.
    One,
    /// `[a-z]`, `[^x]`.
    Class {
        negate: bool,
        ranges: Vec<(char, char)>,
    },
    /// `**/`: any number of whole folders, none included.
    Folders,
    /// A final `**`: anything.
    Anything,
}

impl Pattern {
    fn new(text: &str) -> Pattern {
        let cleaned = clean(text.trim());
        let (exclusion, text) = match cleaned.strip_prefix('!') {
            Some(rest) => (true, rest.to_string()),
            None => (false, cleaned),
        };
        let kind = compile(&text);
        Pattern {
            exclusion,
            text,
            kind,
        }
    }

    /// The pattern as the file reads once cleaned, `!` included.
    fn written(&self) -> String {
        if self.exclusion {
            format!("!{}", self.text)
        } else {
            self.text.clone()
        }
    }

    fn matches(&self, path: &str) -> bool {
        match &self.kind {
            Kind::Exact => path == self.text,
            Kind::Prefix => path.starts_with(&self.text[..self.text.len() - 2]),
            Kind::Suffix => {
                let suffix = &self.text[2..];
                path.ends_with(suffix) || suffix.strip_prefix('/').is_some_and(|name| path == name)
            }
            Kind::General(general) => general.matches(path),
            Kind::Invalid => false,
        }
    }

    fn matches_or_parent(&self, path: &str) -> bool {
        self.matches(path)
            || path
                .match_indices('/')
                .any(|(slash, _)| self.matches(&path[..slash]))
    }

    /// Whether the pattern may match something inside the folder `path`.
    fn reaches_below(&self, path: &str) -> bool {
        let inside = format!("{path}/");
        match &self.kind {
            Kind::Exact => self.text.starts_with(&inside),
            Kind::Prefix => {
                let prefix = &self.text[..self.text.len() - 2];
                prefix.starts_with(&inside) || inside.starts_with(prefix)
            }
            Kind::Suffix => true,
            Kind::General(general) => general.reaches(&inside),
            Kind::Invalid => false,
        }
    }
}

/// patternmatcher's `compile`: the match type and, for the general one,
/// the tokens of its regular expression.
fn compile(pattern: &str) -> Kind {
    #[derive(PartialEq)]
    enum Detected {
        Exact,
        Prefix,
        Suffix,
        General,
    }
    let chars: Vec<char> = pattern.chars().collect();
    let mut detected = Detected::Exact;
    let mut tokens = Vec::new();
    let mut at = 0;
    let mut first = true;
    while at < chars.len() {
        let ch = chars[at];
        at += 1;
        match ch {
            '*' if chars.get(at) == Some(&'*') => {
                at += 1;
                if chars.get(at) == Some(&'/') {
                    at += 1;
                }
                if at == chars.len() {
                    if detected == Detected::Exact {
                        detected = Detected::Prefix;
                    } else {
                        tokens.push(Token::Anything);
                        detected = Detected::General;
                    }
                } else {
                    tokens.push(Token::Folders);
                    detected = Detected::General;
                }
                if first {
                    detected = Detected::Suffix;
                }
            }
            '*' => {
                tokens.push(Token::Star);
                detected = Detected::General;
            }
            '?' => {
                tokens.push(Token::One);
                detected = Detected::General;
            }
            '\\' => {
                if let Some(&next) = chars.get(at) {
                    tokens.push(Token::Char(next));
                    at += 1;
                    detected = Detected::General;
                } else {
                    tokens.push(Token::Char('\\'));
                }
            }
            '[' => {
                let Some(length) = chars[at..].iter().position(|&c| c == ']') else {
                    return Kind::Invalid;
                };
                let mut class = &chars[at..at + length];
                let negate = class.first() == Some(&'^');
                if negate {
                    class = &class[1..];
                }
                // Go's regexp negates with `^` only (`!` is a character).
                let ranges = super::fs::class_ranges(class);
                tokens.push(Token::Class { negate, ranges });
                at += length + 1;
                detected = Detected::General;
            }
            ch => tokens.push(Token::Char(ch)),
        }
        first = false;
    }
    match detected {
        Detected::Exact => Kind::Exact,
        Detected::Prefix => Kind::Prefix,
        Detected::Suffix => Kind::Suffix,
        Detected::General => Kind::General(General::new(tokens)),
    }
}

fn one_char(token: &Token, ch: char) -> bool {
    match token {
        Token::Char(own) => *own == ch,
        Token::One => ch != '/',
        Token::Class { negate, ranges } => {
            ranges.iter().any(|&(low, high)| low <= ch && ch <= high) != *negate
        }
        Token::Star | Token::Folders | Token::Anything => false,
    }
}

/// Whether `tokens[t..]` matches all of `text[x..]` (memoised: no pattern
/// takes exponential time).
fn full_match(
    tokens: &[Token],
    text: &[char],
    t: usize,
    x: usize,
    memo: &mut [Option<bool>],
) -> bool {
    let key = t * (text.len() + 1) + x;
    if let Some(known) = memo[key] {
        return known;
    }
    let result = match tokens.get(t) {
        None => x == text.len(),
        Some(Token::Star) => {
            full_match(tokens, text, t + 1, x, memo)
                || (x < text.len() && text[x] != '/' && full_match(tokens, text, t, x + 1, memo))
        }
        Some(Token::Anything) => full_match(tokens, text, t + 1, text.len(), memo),
        Some(Token::Folders) => {
            full_match(tokens, text, t + 1, x, memo)
                || (x..text.len())
                    .filter(|&at| text[at] == '/')
                    .any(|at| full_match(tokens, text, t + 1, at + 1, memo))
        }
        Some(token) => {
            x < text.len()
                && one_char(token, text[x])
                && full_match(tokens, text, t + 1, x + 1, memo)
        }
    };
    memo[key] = Some(result);
    result
}

/// Whether `tokens[t..]` can read all of `text[x..]` and still match more:
/// the pattern may match some path that starts with `text`.
fn prefix_match(
    tokens: &[Token],
    text: &[char],
    t: usize,
    x: usize,
    memo: &mut [Option<bool>],
) -> bool {
    if x == text.len() {
        return t < tokens.len();
    }
    let key = t * (text.len() + 1) + x;
    if let Some(known) = memo[key] {
        return known;
    }
    let result = match tokens.get(t) {
        None => false,
        Some(Token::Star) => {
            prefix_match(tokens, text, t + 1, x, memo)
                || (text[x] != '/' && prefix_match(tokens, text, t, x + 1, memo))
        }
        // `.*` reads the rest of the text and can go on reading.
        Some(Token::Anything | Token::Folders) => true,
        Some(token) => one_char(token, text[x]) && prefix_match(tokens, text, t + 1, x + 1, memo),
    };
    memo[key] = Some(result);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patterns(text: &str) -> Vec<String> {
        read(text)
    }

    #[test]
    fn the_file_reads_as_ignorefile_does() {
        assert_eq!(
            read(
                "\u{feff}# comment\n\n  node_modules/  \n./dist\n/build\n! .env.local\n  # not a comment\nnode_modules # deps\n"
            ),
            vec![
                "node_modules",
                "dist",
                "build",
                "!.env.local",
                "# not a comment",
                "node_modules # deps",
            ]
        );
        assert_eq!(read("a//b/../c\n/\n"), vec!["a/c", "/"]);
    }

    #[test]
    fn a_folder_pattern_excludes_what_it_holds() {
        let rules = patterns("node_modules\n");
        assert!(excluded(&rules, "node_modules"));
        assert!(excluded(&rules, "node_modules/express/index.js"));
        // Only at the root: a name is a path, not a name anywhere.
        assert!(!excluded(&rules, "packages/web/node_modules"));
        assert!(excluded(
            &patterns("**/node_modules"),
            "packages/web/node_modules"
        ));
        assert!(excluded(&patterns("**/node_modules"), "node_modules"));
    }

    #[test]
    fn stars_stop_at_slashes_and_the_last_match_wins() {
        assert!(excluded(&patterns("*.md"), "README.md"));
        assert!(!excluded(&patterns("*.md"), "docs/guide.md"));
        assert!(excluded(&patterns("**/*.md"), "docs/guide.md"));
        assert!(excluded(&patterns(".env*"), ".env.local"));
        assert!(!excluded(&patterns("*.env"), ".env.local"));
        assert!(excluded(&patterns("*.env"), ".env"));
        assert!(!excluded(&patterns(".env.*"), ".env"));
        let allow_list = patterns("*\n!src\n!package*.json\n");
        assert!(!excluded(&allow_list, "src/index.ts"));
        assert!(!excluded(&allow_list, "package-lock.json"));
        assert!(excluded(&allow_list, "tsconfig.json"));
        assert!(excluded(&patterns("!src\n*\n"), "src"));
    }

    #[test]
    fn a_comment_after_a_pattern_is_part_of_it() {
        assert!(!excluded(
            &patterns("node_modules # deps\n"),
            "node_modules"
        ));
    }

    #[test]
    fn folders_lose_their_contents_or_part_of_them() {
        assert_eq!(
            folder(&patterns("node_modules"), "node_modules"),
            Folder::Gone
        );
        assert_eq!(
            folder(&patterns("node_modules/"), "node_modules"),
            Folder::Gone
        );
        assert_eq!(
            folder(&patterns("node_modules/*"), "node_modules"),
            Folder::Emptied
        );
        assert_eq!(
            folder(&patterns("node_modules/**"), "node_modules"),
            Folder::Emptied
        );
        let partly = |pattern: &str| Folder::Partly(pattern.to_string());
        assert_eq!(
            folder(&patterns(".git/objects"), ".git"),
            partly(".git/objects")
        );
        assert_eq!(folder(&patterns("**/*.log"), "src"), partly("**/*.log"));
        assert_eq!(
            folder(
                &patterns("node_modules\n!node_modules/express"),
                "node_modules"
            ),
            partly("!node_modules/express")
        );
        assert_eq!(folder(&patterns("*\n!src"), "src"), Folder::Kept);
        assert_eq!(
            folder(&patterns("*\n!src/*.ts"), "src"),
            partly("!src/*.ts")
        );
        assert_eq!(folder(&patterns("**"), "src"), Folder::Gone);
        assert_eq!(
            folder(&patterns("src/**/*.test.ts\n"), "src"),
            partly("src/**/*.test.ts")
        );
        assert_eq!(folder(&patterns("dist\n"), "src"), Folder::Kept);
    }
}
