//! "Explain this line": from a line of a Dockerfile to the parts of the
//! lessons that explain its instruction or flag (`content/explain.toml`,
//! a table: the first matching row wins), and to the explanation of the
//! diagnostics found on that line. Pure: the TUI renders what this returns.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::content::{Lesson, Reader};
use crate::dockerfile::{self, Keyword};
use crate::i18n::Lang;
use crate::lint::{self, Diagnostic};

const TABLE: &str = include_str!("../content/explain.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    row: Vec<Row>,
}

/// One row of the table: which lines it is for, and where the lessons explain them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    instruction: String,
    flag: Option<String>,
    when: Option<When>,
    topic: String,
    sections: Vec<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum When {
    /// `FROM image AS name`.
    Named,
    /// An `ARG` before the first `FROM`.
    Global,
}

fn table() -> &'static [Row] {
    static TABLE_ROWS: OnceLock<Vec<Row>> = OnceLock::new();
    TABLE_ROWS.get_or_init(|| {
        // A broken table is caught by the tests; a release never ships one.
        toml::from_str::<Table>(TABLE).map_or_else(|_| Vec::new(), |table| table.row)
    })
}

/// A part of a lesson: where it comes from and its markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub lesson_title: String,
    pub heading: String,
    pub markdown: String,
}

/// What explains one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// 1-based line asked about.
    pub line: usize,
    /// The instruction on the line (upper case), if it has one.
    pub instruction: Option<String>,
    /// The instruction (or instruction and flag) explained, when the lessons cover it.
    pub topic: Option<String>,
    pub sections: Vec<Section>,
    /// The diagnostics on the line, for their messages and their rules.
    pub diagnostics: Vec<Diagnostic>,
}

/// What explains line `line` (1-based) of `source`, given its diagnostics.
pub fn explain(
    source: &str,
    line: usize,
    diagnostics: &[Diagnostic],
    lessons: &[Lesson],
) -> Explanation {
    let mut instruction_here = None;
    let row = dockerfile::parse(source).ok().and_then(|parsed| {
        let first_from = parsed
            .instructions
            .iter()
            .position(|instruction| instruction.command.kind() == Some(Keyword::From));
        let (index, instruction) = parsed
            .instructions
            .iter()
            .enumerate()
            .find(|(_, i)| (i.start_line..=i.end_line).contains(&line))?;
        let keyword = instruction.command.keyword.to_ascii_uppercase();
        instruction_here = Some(keyword.clone());
        table().iter().find(|row| {
            row.instruction == keyword
                && row
                    .flag
                    .as_deref()
                    .is_none_or(|flag| instruction.command.flag(flag).is_some())
                && match row.when {
                    None => true,
                    Some(When::Named) => {
                        let args: Vec<&str> = instruction
                            .command
                            .args
                            .iter()
                            .map(|a| a.as_ref())
                            .collect();
                        args.len() >= 3 && args[1].eq_ignore_ascii_case("as")
                    }
                    Some(When::Global) => first_from.is_none_or(|first| index < first),
                }
        })
    });
    Explanation {
        line,
        instruction: instruction_here,
        topic: row.map(|row| row.topic.clone()),
        sections: row
            .map(|row| {
                row.sections
                    .iter()
                    .filter_map(|(slug, heading)| section(lessons, slug, heading))
                    .collect()
            })
            .unwrap_or_default(),
        diagnostics: diagnostics
            .iter()
            .filter(|d| d.line == line)
            .cloned()
            .collect(),
    }
}

/// The summary of the rule behind a diagnostic, in both languages.
pub fn rule_summary(diagnostic: &Diagnostic) -> Option<(&'static str, &'static str)> {
    lint::rule(diagnostic.code).map(|rule| rule.summary)
}

/// Headings compare with ordinary spaces: the lessons use no-break ones
/// before « : ? ! », the table need not.
fn same_heading(a: &str, b: &str) -> bool {
    let normal = |text: &str| text.replace(['\u{a0}', '\u{202f}'], " ");
    normal(a.trim()) == normal(b.trim())
}

/// The markdown of lesson `slug` under `heading`, up to the next heading of
/// the same or a higher level.
fn section(lessons: &[Lesson], slug: &str, heading: &str) -> Option<Section> {
    let lesson = lessons.iter().find(|lesson| lesson.slug == slug)?;
    // Shown inside the tutorial, in the lesson's own language.
    let markdown = lesson.markdown(Reader::Tutorial, Lang::Fr);
    let mut in_fence = false;
    let mut found: Option<(usize, Vec<&str>)> = None;
    for text in markdown.lines() {
        if text.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        let level = if in_fence {
            0
        } else {
            text.bytes().take_while(|&b| b == b'#').count()
        };
        let is_heading = level > 0 && text.as_bytes().get(level) == Some(&b' ');
        match &mut found {
            Some((found_level, lines)) => {
                if is_heading && level <= *found_level {
                    break;
                }
                lines.push(text);
            }
            None if is_heading && same_heading(&text[level..], heading) => {
                found = Some((level, Vec::new()));
            }
            None => {}
        }
    }
    let (_, lines) = found?;
    Some(Section {
        lesson_title: lesson.title.clone(),
        heading: heading.to_string(),
        markdown: lines.join("\n").trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn every_row_names_a_lesson_section_that_exists() {
        let rows: Table = toml::from_str(TABLE).expect("content/explain.toml");
        let lessons = content::lessons().unwrap();
        for row in &rows.row {
            assert!(!row.sections.is_empty(), "{}", row.topic);
            for (slug, heading) in &row.sections {
                let found = section(&lessons, slug, heading)
                    .unwrap_or_else(|| panic!("{slug} has no heading {heading:?}"));
                assert!(found.markdown.len() > 40, "{slug} / {heading} is empty");
            }
        }
    }

    #[test]
    fn a_line_gets_its_most_specific_explanation() {
        let lessons = content::lessons().unwrap();
        let source = "ARG V=22\nFROM node:${V} AS build\nRUN npm ci \\\n    && npm run build\nFROM node:22-slim\nARG X\nCOPY --from=build /app/dist ./dist\nCOPY . .\nLABEL a=b\n";
        let topic = |line| explain(source, line, &[], &lessons).topic;
        assert_eq!(topic(1).as_deref(), Some("ARG avant FROM"));
        assert_eq!(topic(2).as_deref(), Some("FROM … AS"));
        assert_eq!(topic(4).as_deref(), Some("RUN"), "a continuation line");
        assert_eq!(topic(5).as_deref(), Some("FROM"));
        assert_eq!(topic(6).as_deref(), Some("ARG"));
        assert_eq!(topic(7).as_deref(), Some("COPY --from"));
        assert_eq!(topic(8).as_deref(), Some("COPY"));
        assert_eq!(topic(9), None);
        let label = explain(source, 9, &[], &lessons);
        assert_eq!(label.instruction.as_deref(), Some("LABEL"));
        let comment = explain("# un commentaire\nFROM a\n", 1, &[], &lessons);
        assert_eq!((comment.instruction, comment.topic), (None, None));
        let copy_from = explain(source, 7, &[], &lessons);
        assert!(copy_from.sections[0].markdown.contains("racine"));
    }

    #[test]
    fn the_diagnostics_of_the_line_come_along() {
        let source = "FROM alpine\nFROM alpine:3 AS b\nCOPY --from=nowhere /x /x\n";
        let analysis = lint::analyze(source, &Default::default()).unwrap();
        let explanation = explain(source, 3, &analysis.diagnostics, &[]);
        assert!(
            explanation
                .diagnostics
                .iter()
                .any(|d| d.code == "UndefinedStage" || d.code.contains("Stage")),
            "{:?}",
            explanation.diagnostics
        );
        assert!(rule_summary(&explanation.diagnostics[0]).is_some());
    }
}
