//! Parser directives: `# syntax=`, `# escape=` and `# check=` lines, looked
//! for only at the very top of the file, until the first line that is not
//! one.

use super::Directive;

const KNOWN: [&str; 3] = ["syntax", "escape", "check"];

/// Follows the top of the file line by line.
pub(super) struct DirectiveScanner<'src> {
    escape: char,
    done: bool,
    found: Vec<Directive<'src>>,
}

impl<'src> DirectiveScanner<'src> {
    pub fn new() -> Self {
        DirectiveScanner {
            escape: '\\',
            done: false,
            found: Vec::new(),
        }
    }

    pub fn escape(&self) -> char {
        self.escape
    }

    pub fn into_directives(self) -> Vec<Directive<'src>> {
        self.found
    }

    /// Looks at one line (newline and leading blanks already trimmed). Errors
    /// on a repeated directive or an invalid escape character.
    pub fn scan(&mut self, line: &'src str, line_number: usize) -> Result<(), String> {
        if self.done {
            return Ok(());
        }
        let Some((key, value)) = split_directive(line) else {
            self.done = true;
            return Ok(());
        };
        let Some(name) = KNOWN
            .into_iter()
            .find(|known| known.eq_ignore_ascii_case(key))
        else {
            self.done = true;
            return Ok(());
        };
        if self.found.iter().any(|directive| directive.name == name) {
            return Err(format!("only one {name} parser directive can be used"));
        }
        if name == "escape" {
            self.escape = match value {
                "\\" => '\\',
                "`" => '`',
                other => {
                    return Err(format!(
                        "invalid escape token '{other}' does not match ` or \\"
                    ));
                }
            };
        }
        self.found.push(Directive {
            name,
            value,
            line: line_number,
        });
        Ok(())
    }
}

/// Go's RE2 `\s`: ASCII blanks without the vertical tab.
fn is_re2_space(ch: char) -> bool {
    matches!(ch, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// Matches `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` and returns the key and value.
fn split_directive(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix('#')?.trim_start_matches(is_re2_space);
    let key_length = rest
        .char_indices()
        .find(|&(i, ch)| !(ch.is_ascii_alphabetic() || (i > 0 && ch.is_ascii_digit())))
        .map_or(rest.len(), |(i, _)| i);
    if key_length == 0 {
        return None;
    }
    let (key, rest) = rest.split_at(key_length);
    let after_equals = rest.trim_start_matches(is_re2_space).strip_prefix('=')?;
    if after_equals.is_empty() {
        return None;
    }
    let value = after_equals
        .trim_start_matches(is_re2_space)
        .trim_end_matches(is_re2_space);
    if !value.is_empty() {
        return Some((key, value));
    }
    // Only blanks after `=`: the lazy `.+?` still takes the last one.
    let last = after_equals.chars().next_back()?;
    Some((key, &after_equals[after_equals.len() - last.len_utf8()..]))
}
