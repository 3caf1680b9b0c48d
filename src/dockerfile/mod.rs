//! The Dockerfile parser. It reads a Dockerfile exactly as BuildKit's own
//! parser does — parser directives, comments, line continuations, the
//! escape character, JSON and shell forms, flags, heredocs — and keeps where
//! every instruction came from (lines and bytes). It knows nothing of
//! stages, lints or the terminal: the stage graph and the lints read the
//! syntax tree it returns, and `dump` / `reference_json` print it in
//! BuildKit's own formats so it can be compared with the real parser.

mod arguments;
mod directives;
mod dump;
mod flags;
mod heredoc;
mod json_array;
mod lines;
mod reference_json;

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use smallvec::SmallVec;

pub use dump::{dump, go_quote};
pub use reference_json::to_reference_json;

use directives::DirectiveScanner;
use lines::{PhysicalLines, is_comment, trim_continuation, trim_leading_whitespace, trim_newline};

/// Text of the Dockerfile: borrowed from the source where BuildKit keeps it
/// as written, owned where BuildKit transforms it (joined continuations,
/// removed quotes, decoded JSON).
pub type Text<'src> = Cow<'src, str>;

/// An instruction's flags: rarely more than one, kept inline.
pub type Flags<'src> = SmallVec<[Text<'src>; 1]>;

/// An instruction's arguments: usually one or two, kept inline.
pub type Args<'src> = SmallVec<[Text<'src>; 2]>;

/// A parsed Dockerfile: its parser directives and its instructions, in order.
/// It borrows from the source text it was parsed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dockerfile<'src> {
    /// The escape character: `\` unless `# escape=` says `` ` ``.
    pub escape: char,
    pub directives: Vec<Directive<'src>>,
    pub instructions: Vec<Instruction<'src>>,
}

/// A parser directive (`# syntax=…`, `# escape=…`, `# check=…`) from the top of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive<'src> {
    /// `syntax`, `escape` or `check`.
    pub name: &'static str,
    pub value: &'src str,
    pub line: usize,
}

/// One instruction, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction<'src> {
    pub command: Command<'src>,
    /// The logical line after joining continuations, as BuildKit keeps it
    /// (leading blanks, continuation escapes and comment lines removed).
    pub original: Text<'src>,
    pub heredocs: Vec<Heredoc<'src>>,
    /// First and last physical line (1-based), comments and heredoc bodies included.
    pub start_line: usize,
    pub end_line: usize,
    /// Bytes of the source, from the keyword to the end of the last line (line break excluded).
    pub span: Range<usize>,
    /// A blank line inside the continuation (BuildKit warns: NoEmptyContinuation).
    pub empty_continuation: bool,
    /// The comment lines right above the instruction, without their `#`.
    pub comments: Vec<Text<'src>>,
}

/// What an instruction says: its keyword, flags and arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command<'src> {
    /// The instruction word as written (`FROM`, `from`, `Run`…).
    pub keyword: Text<'src>,
    /// Leading `--flags`, quotes removed (`--from=builder`).
    pub flags: Flags<'src>,
    /// The arguments as BuildKit splits them for this instruction; for `ENV`
    /// and `LABEL`, keys and values alternate.
    pub args: Args<'src>,
    /// Written in JSON (exec) form.
    pub json: bool,
    /// `ENV key value` / `LABEL key value` instead of `key=value`.
    pub legacy_key_value: bool,
    /// The instruction an `ONBUILD` registers.
    pub trigger: Option<Box<Command<'src>>>,
    /// `keyword` recognised once, at parse time.
    kind: Option<Keyword>,
}

/// A heredoc attached to `RUN`, `COPY` or `ADD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc<'src> {
    /// The delimiter word, quotes removed.
    pub name: String,
    pub file_descriptor: u64,
    /// `<<-`: leading tabs are stripped at build time.
    pub chomp: bool,
    /// Variables are expanded in the body (the delimiter was not quoted).
    pub expand: bool,
    /// The body, line breaks included, exactly as in the file.
    pub content: &'src str,
}

/// Every instruction BuildKit knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Keyword {
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
}

impl Keyword {
    pub const ALL: [Keyword; 18] = [
        Keyword::Add,
        Keyword::Arg,
        Keyword::Cmd,
        Keyword::Copy,
        Keyword::Entrypoint,
        Keyword::Env,
        Keyword::Expose,
        Keyword::From,
        Keyword::Healthcheck,
        Keyword::Label,
        Keyword::Maintainer,
        Keyword::Onbuild,
        Keyword::Run,
        Keyword::Shell,
        Keyword::Stopsignal,
        Keyword::User,
        Keyword::Volume,
        Keyword::Workdir,
    ];

    /// The keyword in upper case, as the Dockerfile reference writes it.
    pub fn name(self) -> &'static str {
        match self {
            Keyword::Add => "ADD",
            Keyword::Arg => "ARG",
            Keyword::Cmd => "CMD",
            Keyword::Copy => "COPY",
            Keyword::Entrypoint => "ENTRYPOINT",
            Keyword::Env => "ENV",
            Keyword::Expose => "EXPOSE",
            Keyword::From => "FROM",
            Keyword::Healthcheck => "HEALTHCHECK",
            Keyword::Label => "LABEL",
            Keyword::Maintainer => "MAINTAINER",
            Keyword::Onbuild => "ONBUILD",
            Keyword::Run => "RUN",
            Keyword::Shell => "SHELL",
            Keyword::Stopsignal => "STOPSIGNAL",
            Keyword::User => "USER",
            Keyword::Volume => "VOLUME",
            Keyword::Workdir => "WORKDIR",
        }
    }

    /// Recognises a keyword in any casing, as BuildKit does (Unicode lower-casing).
    pub fn from_word(word: &str) -> Option<Keyword> {
        if !word.is_ascii() {
            // Lower-casing can turn a non-ASCII letter into ASCII (the Kelvin sign into `k`).
            let lower = word.to_lowercase();
            return lower
                .is_ascii()
                .then(|| Keyword::from_word(&lower))
                .flatten();
        }
        let mut upper = [0u8; 11];
        let letters = upper.get_mut(..word.len())?;
        letters.copy_from_slice(word.as_bytes());
        letters.make_ascii_uppercase();
        Some(match &*letters {
            b"ADD" => Keyword::Add,
            b"ARG" => Keyword::Arg,
            b"CMD" => Keyword::Cmd,
            b"COPY" => Keyword::Copy,
            b"ENTRYPOINT" => Keyword::Entrypoint,
            b"ENV" => Keyword::Env,
            b"EXPOSE" => Keyword::Expose,
            b"FROM" => Keyword::From,
            b"HEALTHCHECK" => Keyword::Healthcheck,
            b"LABEL" => Keyword::Label,
            b"MAINTAINER" => Keyword::Maintainer,
            b"ONBUILD" => Keyword::Onbuild,
            b"RUN" => Keyword::Run,
            b"SHELL" => Keyword::Shell,
            b"STOPSIGNAL" => Keyword::Stopsignal,
            b"USER" => Keyword::User,
            b"VOLUME" => Keyword::Volume,
            b"WORKDIR" => Keyword::Workdir,
            _ => return None,
        })
    }
}

impl Command<'_> {
    /// The instruction, or `None` when BuildKit does not know the keyword.
    pub fn kind(&self) -> Option<Keyword> {
        self.kind
    }

    /// A non-empty value of the flag `--name=…`: BuildKit reads `--from=`
    /// as no `--from` at all (and refuses a bare `--from`).
    pub fn flag_value(&self, name: &str) -> Option<&str> {
        self.flag(name).filter(|value| !value.is_empty())
    }

    /// The value of the flag `--name=…` (the last one when repeated), or
    /// `Some("")` for a bare `--name`.
    pub fn flag(&self, name: &str) -> Option<&str> {
        self.flags.iter().rev().find_map(|flag| {
            let rest = flag.strip_prefix("--")?.strip_prefix(name)?;
            match rest.strip_prefix('=') {
                Some(value) => Some(value),
                None if rest.is_empty() => Some(""),
                None => None,
            }
        })
    }
}

impl<'src> Command<'src> {
    /// The same command, owning all its text (so it can live as long as any source).
    pub(super) fn into_owned<'any>(self) -> Command<'any> {
        fn own<'a, 'b, A, B>(texts: SmallVec<A>) -> SmallVec<B>
        where
            A: smallvec::Array<Item = Text<'a>>,
            B: smallvec::Array<Item = Text<'b>>,
        {
            texts
                .into_iter()
                .map(|text| Cow::Owned(text.into_owned()))
                .collect()
        }
        Command {
            keyword: Cow::Owned(self.keyword.into_owned()),
            flags: own(self.flags),
            args: own(self.args),
            json: self.json,
            legacy_key_value: self.legacy_key_value,
            trigger: self.trigger.map(|trigger| Box::new(trigger.into_owned())),
            kind: self.kind,
        }
    }
}

/// Why BuildKit would refuse the file, with the lines concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// BuildKit's own message (`unterminated heredoc`, `file with no instructions`…).
    pub message: String,
    pub start_line: usize,
    pub end_line: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.start_line, self.end_line) {
            (0, _) => f.write_str(&self.message),
            (start, end) if end > start => write!(f, "lines {start}-{end}: {}", self.message),
            (start, _) => write!(f, "line {start}: {}", self.message),
        }
    }
}

impl std::error::Error for ParseError {}

/// The longest physical line BuildKit's line scanner accepts, in bytes, line break excluded.
pub const MAX_LINE_BYTES: usize = 65535;

/// Parses a Dockerfile as BuildKit does. Never panics, whatever the text.
pub fn parse(text: &str) -> Result<Dockerfile<'_>, ParseError> {
    let mut lines = PhysicalLines::new(text);
    let mut directives = DirectiveScanner::new();
    let mut instructions = Vec::with_capacity((text.len() / 24).min(4096));
    let mut comments: Vec<Text> = Vec::new();
    let mut current_line = 0;

    while let Some(first) = lines.next() {
        let error_at = |message: String, start_line, end_line| ParseError {
            message,
            start_line,
            end_line,
        };
        let raw = if current_line == 0 {
            first.text.strip_prefix('\u{feff}').unwrap_or(first.text)
        } else {
            first.text
        };
        let raw_start = first.start + (first.text.len() - raw.len());
        if is_comment(raw) {
            // BuildKit drops the first byte, not the `#`: indented comments keep theirs.
            let line = trim_newline(raw);
            comments.push(match line.get(1..) {
                Some(rest) => Cow::Borrowed(rest.trim()),
                None => Cow::Owned(
                    String::from_utf8_lossy(&line.as_bytes()[1..])
                        .trim()
                        .to_string(),
                ),
            });
        }
        let token = trim_leading_whitespace(trim_newline(raw));
        directives
            .scan(token, current_line + 1)
            .map_err(|message| error_at(message, current_line + 1, 0))?;
        current_line += 1;
        let processed = if token.starts_with('#') { "" } else { token };

        let start_line = current_line;
        let keyword_offset = raw_start + (raw.len() - trim_leading_whitespace(raw).len());
        let mut end_offset = first.start + trim_newline(first.text).len();
        let (first_part, mut at_end) = trim_continuation(processed, directives.escape());
        if at_end && first_part.is_empty() {
            continue;
        }
        // One physical line stays borrowed; only continuations need a joined copy.
        let mut line = Cow::Borrowed(first_part);
        let mut empty_continuation = false;
        while !at_end {
            let Some(next) = lines.next() else { break };
            current_line += 1;
            end_offset = next.start + trim_newline(next.text).len();
            if is_comment(next.text) {
                continue;
            }
            let content = trim_newline(next.text);
            if trim_leading_whitespace(content).is_empty() {
                empty_continuation = true;
                continue;
            }
            let (part, end) = trim_continuation(content, directives.escape());
            line.to_mut().push_str(part);
            at_end = end;
        }

        let command = match &line {
            Cow::Borrowed(line) => arguments::parse_command(line, directives.escape()),
            Cow::Owned(line) => {
                arguments::parse_command(line, directives.escape()).map(Command::into_owned)
            }
        }
        .map_err(|message| error_at(message, start_line, current_line))?;

        let mut heredocs = Vec::new();
        if heredoc::can_contain_heredoc(&command) {
            let headers = heredoc::headers_from_line(&line)
                .map_err(|message| error_at(message, start_line, current_line))?;
            for header in headers {
                // The body is the raw lines up to the delimiter: one slice of the source.
                let mut body: Option<Range<usize>> = None;
                let mut terminated = false;
                for body_line in lines.by_ref() {
                    current_line += 1;
                    end_offset = body_line.start + trim_newline(body_line.text).len();
                    let mut candidate = trim_newline(body_line.text);
                    if header.chomp {
                        candidate = candidate.trim_start_matches('\t');
                    }
                    if candidate == header.name {
                        terminated = true;
                        break;
                    }
                    let end = body_line.start + body_line.text.len();
                    body = Some(body.map_or(body_line.start..end, |body| body.start..end));
                }
                if !terminated {
                    return Err(error_at(
                        "unterminated heredoc".to_string(),
                        start_line,
                        current_line,
                    ));
                }
                heredocs.push(Heredoc {
                    name: header.name,
                    file_descriptor: header.file_descriptor,
                    chomp: header.chomp,
                    expand: header.expand,
                    content: body.map_or("", |body| &text[body]),
                });
            }
        }

        instructions.push(Instruction {
            command,
            original: line,
            heredocs,
            start_line,
            end_line: current_line,
            span: keyword_offset..end_offset.max(keyword_offset),
            empty_continuation,
            comments: std::mem::take(&mut comments),
        });
    }

    if instructions.is_empty() {
        return Err(ParseError {
            message: "file with no instructions".to_string(),
            start_line: current_line,
            end_line: 0,
        });
    }
    if lines.stopped_at_long_line() {
        return Err(ParseError {
            message: format!("dockerfile line greater than max allowed size of {MAX_LINE_BYTES}"),
            start_line: current_line + 1,
            end_line: 0,
        });
    }
    Ok(Dockerfile {
        escape: directives.escape(),
        directives: directives.into_directives(),
        instructions,
    })
}
