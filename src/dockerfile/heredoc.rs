//! Heredocs: `<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF`, several per line, on
//! `RUN`, `COPY` and `ADD` (also behind `ONBUILD`) in shell form. The
//! delimiter words are found with BuildKit's shell lexer over the whole
//! logical line, quotes and escapes kept, as BuildKit finds them.

use super::{Command, Keyword};
use crate::shell::{Lexer, NoEnv};

/// A heredoc's delimiter, before its body is read.
pub(super) struct Header {
    pub name: String,
    pub file_descriptor: u64,
    pub chomp: bool,
    pub expand: bool,
}

/// Whether BuildKit looks for heredocs after this instruction.
pub(super) fn can_contain_heredoc(command: &Command<'_>) -> bool {
    let command = match (command.kind(), &command.trigger) {
        (Some(Keyword::Onbuild), Some(trigger)) => trigger,
        _ => command,
    };
    matches!(
        command.kind(),
        Some(Keyword::Run | Keyword::Copy | Keyword::Add)
    ) && !command.json
}

/// The heredocs a logical line opens, in order.
pub(super) fn headers_from_line(line: &str) -> Result<Vec<Header>, String> {
    if !line.contains("<<") {
        return Ok(Vec::new());
    }
    let lexer = Lexer {
        raw_quotes: true,
        raw_escapes: true,
        skip_unset_env: true,
        ..Lexer::new('\\')
    };
    // A line the lexer cannot read (an unclosed quote…) simply has no heredoc.
    let words = lexer.process_words(line, &NoEnv).unwrap_or_default();
    let mut headers = Vec::new();
    for word in words {
        if let Some(header) = header_from_word(&word)? {
            headers.push(header);
        }
    }
    Ok(headers)
}

/// Matches `^(\d*)<<(-?)([^<]*)$` and reads the delimiter out of it.
fn header_from_word(word: &str) -> Result<Option<Header>, String> {
    let digits = word.len() - word.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let Some(after) = word[digits..].strip_prefix("<<") else {
        return Ok(None);
    };
    let (chomp, rest) = match after.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, after),
    };
    if rest.contains('<') || rest.is_empty() {
        return Ok(None);
    }
    // Go's ParseUint: no digits gives 0, too many gives the largest value.
    let file_descriptor = match &word[..digits] {
        "" => 0,
        number => number.parse().unwrap_or(u64::MAX),
    };

    let unquoted = Lexer {
        skip_unset_env: true,
        ..Lexer::new('\\')
    };
    let words = unquoted
        .process_words(rest, &NoEnv)
        .map_err(|err| format!("failed to process {}: {err}", super::go_quote(rest)))?;
    let [name] = words.as_slice() else {
        return Ok(None);
    };
    let quoted = Lexer {
        raw_quotes: true,
        ..unquoted
    };
    let raw_words = quoted
        .process_words(rest, &NoEnv)
        .map_err(|err| format!("failed to process {}: {err}", super::go_quote(rest)))?;
    if raw_words.len() != words.len() {
        return Err(format!(
            "internal lexing of heredoc produced inconsistent results: {rest}"
        ));
    }
    let quote_count = |text: &str| text.matches(['\'', '"']).count();
    Ok(Some(Header {
        name: name.clone(),
        file_descriptor,
        chomp,
        expand: quote_count(name) == quote_count(&raw_words[0]),
    }))
}
