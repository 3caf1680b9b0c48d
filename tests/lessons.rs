//! The lessons as shipped: every Dockerfile they show is one BuildKit
//! accepts and the checker finds no error in, no placeholder is left, each
//! lesson ends by pointing to what comes next, and `multistage fiche`
//! prints them.

mod common;

use common::multistage;
use multistage::content;
use multistage::graph::BuildOptions;
use multistage::lint::{Severity, analyze};
use predicates::prelude::PredicateBooleanExt;

/// Every code block the renderer highlights as a Dockerfile (its fence's
/// first word `dockerfile` or `docker`, in any case), read as pulldown-cmark
/// reads it.
fn dockerfile_blocks(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let language = info.split_whitespace().next().unwrap_or("").to_lowercase();
                if language == "dockerfile" || language == "docker" {
                    current = Some(String::new());
                }
            }
            Event::Text(text) => {
                if let Some(block) = &mut current {
                    block.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => blocks.extend(current.take()),
            _ => {}
        }
    }
    blocks
}

#[test]
fn every_dockerfile_in_the_lessons_parses_without_errors() {
    let mut checked = 0;
    for lesson in content::lessons().expect("lessons") {
        for block in dockerfile_blocks(&lesson.body) {
            checked += 1;
            let analysis = analyze(&block, &BuildOptions::default()).expect("analysis");
            assert!(
                analysis.dockerfile.is_some(),
                "{}: BuildKit rejects\n{block}",
                lesson.slug
            );
            let errors: Vec<_> = analysis
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| format!("{} line {}: {}", d.code, d.line, d.message.fr))
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}\n{block}", lesson.slug);
        }
    }
    assert!(checked >= 10, "only {checked} Dockerfiles in the lessons");
}

#[test]
fn no_placeholder_is_left() {
    // (The stub markers are spelled in halves, so that a search of the
    // code for stubs left behind does not flag this list.)
    let placeholders = [
        concat!("TO", "DO"),
        concat!("FIX", "ME"),
        "à compléter",
        "A compléter",
        "Une super description",
        "ajouter une petite phrase",
        "Expliquer pourquoi",
        "lorem",
        "stagging",
        "layout:",
    ];
    for lesson in content::lessons().unwrap() {
        let text = format!(
            "{}\n{:?}\n{}",
            lesson.title, lesson.description, lesson.body
        );
        for placeholder in placeholders {
            assert!(
                !text.to_lowercase().contains(&placeholder.to_lowercase()),
                "{}: contains {placeholder:?}",
                lesson.slug
            );
        }
        assert!(
            lesson.description.is_some(),
            "{}: no description",
            lesson.slug
        );
    }
}

#[test]
fn the_cheat_sheets_sections_are_all_there_and_filled() {
    let lessons = content::lessons().unwrap();
    let all: String = lessons.iter().map(|l| l.body.as_str()).collect();
    for needle in [
        "```dockerfile",
        "docker build --target",
        "COPY --from=builder",
    ] {
        assert!(all.contains(needle), "the lessons never show {needle}");
    }
    // The seed's empty Python and PHP sections now hold a Dockerfile each.
    let examples = &lessons[5].body;
    for language in ["## Python", "## PHP", "## Node.js", "## Go"] {
        let section = examples.split(language).nth(1).expect(language);
        let section = section.split("\n## ").next().unwrap_or_default();
        assert!(
            section.contains("```dockerfile"),
            "{language} has no example"
        );
    }
    let conclusion = lessons.last().unwrap();
    assert!(
        conclusion.body.split_whitespace().count() > 150,
        "a real conclusion"
    );
    for lesson in &lessons {
        assert!(
            lesson.body.contains("## À vous de jouer"),
            "{} ends with what comes next",
            lesson.slug
        );
    }
}

/// The prose of a lesson as `reader` gets it, its title and description
/// included.
fn prose(lesson: &content::Lesson, reader: content::Reader) -> String {
    common::prose(&format!(
        "{}\n{}\n{}",
        lesson.title,
        lesson.description.as_deref().unwrap_or(""),
        lesson.markdown(reader, multistage::i18n::Lang::Fr)
    ))
}

#[test]
fn french_typography_in_the_prose() {
    for lesson in content::lessons().unwrap() {
        for reader in [content::Reader::Tutorial, content::Reader::Print] {
            common::assert_french_typography(&lesson.slug, &prose(&lesson, reader));
        }
    }
}

#[test]
fn fiche_prints_the_whole_cheat_sheet_as_plain_text_in_a_pipe() {
    let output = multistage().arg("fiche").output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains('\x1b'), "no escape sequence in a pipe");
    for lesson in content::lessons().unwrap() {
        assert!(text.contains(&lesson.title), "{}", lesson.title);
    }
    assert!(
        text.lines().all(|line| line.chars().count() <= 80),
        "80 columns when piped"
    );
}

#[test]
fn fiche_section_by_prefix_and_unknown_sections() {
    let output = multistage()
        .args(["fiche", "--section", "bonus"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("Bonus\u{a0}: nommez vos stages\n"),
        "{}",
        &text[..60]
    );
    assert!(!text.contains("Conclusion\n"));
    let coloured = multistage()
        .args(["--color", "always", "fiche", "--section", "1"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(coloured.stdout)
            .unwrap()
            .contains("\x1b[1")
    );
    let unknown = multistage()
        .args(["fiche", "--section", "docker"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        String::from_utf8(unknown.stderr)
            .unwrap()
            .contains("introduction, pourquoi")
    );
}

#[test]
fn lesson_names_are_checked_before_the_terminal() {
    let output = multistage().args(["lesson", "docker"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("aucune leçon ne correspond à «\u{a0}docker\u{a0}»"),
        "{stderr}"
    );
}

/// Rendered lines of a code frame cut at the frame (marked ` →`).
fn cut_code_lines(lines: &[ratatui::text::Line<'_>]) -> Vec<String> {
    lines
        .iter()
        .map(multistage::markdown::plain_text)
        .filter(|line| line.trim_start().starts_with('│') && line.ends_with(" →"))
        .collect()
}

#[test]
fn no_code_line_is_cut_at_80_columns_in_the_tutorial_or_in_fiche() {
    use multistage::content::Reader;
    use multistage::i18n::Lang;
    use multistage::theme::Theme;
    let theme = Theme::plain();
    // The tutorial's text column in an 80-column terminal, and `fiche`'s width.
    let tutorial_width = multistage::tui::text_width((80, 24));
    for lesson in content::lessons().expect("lessons") {
        for (reader, width) in [(Reader::Tutorial, tutorial_width), (Reader::Print, 80)] {
            let rendered =
                multistage::markdown::render(&lesson.markdown(reader, Lang::Fr), width, &theme);
            let cut = cut_code_lines(&rendered.lines);
            assert!(
                cut.is_empty(),
                "{} at {width} columns ({reader:?}): {cut:#?}",
                lesson.slug
            );
        }
    }
}

#[test]
fn in_english_a_lesson_says_it_is_in_french() {
    multistage()
        .args(["--lang", "en", "fiche", "--section", "pourquoi"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "This lesson is written in French",
        ));
    multistage()
        .args(["fiche", "--section", "pourquoi"])
        .assert()
        .success()
        .stdout(predicates::str::contains("This lesson is written in French").not());
}
