//! The lessons: one markdown file per section of the cheat sheet, in
//! `content/`, embedded in the binary. Each starts with TOML front matter
//! between `+++` lines (title, slug, order, description, the exercises that
//! follow it). Reading is strict — unknown keys and malformed files are
//! errors naming the file, line and column — so a broken lesson never ships.
//!
//! A lesson is read in the tutorial, where one presses keys, and printed by
//! `multistage fiche`, where one types commands. Where the two differ, the
//! markdown says both once: `{{tui: press x | fiche: run `multistage
//! exercise 01`}}`, and [`Lesson::markdown`] keeps the reader's half.

use std::fmt;

use include_dir::{Dir, include_dir};
use serde::Deserialize;

use crate::i18n::Lang;
use crate::lint::Message;
use crate::safe_text::escape_controls;

static CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");

/// One lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    pub title: String,
    pub slug: String,
    pub order: u32,
    pub description: Option<String>,
    /// Ids of the exercises that follow the lesson.
    pub exercises: Vec<String>,
    /// The markdown after the front matter.
    pub body: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    slug: String,
    order: u32,
    description: Option<String>,
    #[serde(default)]
    exercises: Vec<String>,
}

/// A lesson file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// What is wrong, for the pack's author, in both interface languages.
    pub message: Message,
}

impl ContentError {
    /// `file:line:column: message` in `lang`, escaped for the terminal.
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        escape_controls(&format!(
            "{}:{}:{}{}{}",
            self.file,
            self.line,
            self.column,
            lang.colon(),
            self.message.get(lang)
        ))
        .into_owned()
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message.en
        )
    }
}

impl std::error::Error for ContentError {}

/// Reads one lesson file.
pub fn parse_lesson(file: &str, text: &str) -> Result<Lesson, ContentError> {
    let error = |line, column, message: Message| ContentError {
        file: file.to_string(),
        line,
        column,
        message,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let after_open = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or_else(|| {
            error(
                1,
                1,
                Message::new(
                    "le fichier doit commencer par `+++` (l’en-tête TOML)",
                    "the file must start with `+++` (TOML front matter)",
                ),
            )
        })?;
    let close = after_open
        .match_indices("+++")
        .find(|(at, _)| *at == 0 || after_open[..*at].ends_with('\n'))
        .map(|(at, _)| at)
        .ok_or_else(|| {
            error(
                1,
                1,
                Message::new(
                    "l’en-tête n’a pas de `+++` de fin",
                    "the front matter has no closing `+++`",
                ),
            )
        })?;
    let front = &after_open[..close];
    let body = after_open[close + 3..].trim_start_matches(['\r', '\n']);
    let matter: FrontMatter = toml::from_str(front).map_err(|toml_error| {
        // Lines of the TOML are counted from the line after the opening `+++`.
        let (line, column) = toml_error
            .span()
            .map(|span| {
                let before = &front[..span.start.min(front.len())];
                let line = before.matches('\n').count() + 2;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                (line, column)
            })
            .unwrap_or((1, 1));
        let problem = toml_error.message();
        error(
            line,
            column,
            Message::new(crate::i18n::serde_problem_fr(problem), problem),
        )
    })?;
    if let Err(offset) = directives(body) {
        let before = &text[..text.len() - body.len() + offset];
        return Err(error(
            before.matches('\n').count() + 1,
            before
                .rsplit('\n')
                .next()
                .map_or(0, |line| line.chars().count())
                + 1,
            Message::new(
                "écrivez `{{tui: … | fiche: …}}`\u{a0}: ce que dit le tutoriel, puis ce qu’imprime `multistage fiche`",
                "write `{{tui: … | fiche: …}}`: what the tutorial says, then what `multistage fiche` prints",
            ),
        ));
    }
    // Front-matter text goes to the terminal as it is (titles, the home
    // screen): escaped once here, for every view. (The body is markdown,
    // escaped by the renderer.)
    let safe = |text: String| escape_controls(&text).into_owned();
    Ok(Lesson {
        title: safe(matter.title),
        slug: matter.slug,
        order: matter.order,
        description: matter.description.map(safe),
        exercises: matter.exercises.into_iter().map(safe).collect(),
        body: body.to_string(),
    })
}

/// Who reads a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The tutorial: it names keys.
    Tutorial,
    /// `multistage fiche`: it names commands.
    Print,
}

const DIRECTIVE_START: &str = "{{tui:";
const DIRECTIVE_SEPARATOR: &str = "| fiche:";
const DIRECTIVE_END: &str = "}}";

/// One `{{tui: … | fiche: …}}`: where it is, and its two halves.
struct Directive<'a> {
    range: std::ops::Range<usize>,
    tui: &'a str,
    fiche: &'a str,
}

/// Every directive of `body`; the offset of the first malformed one.
fn directives(body: &str) -> Result<Vec<Directive<'_>>, usize> {
    let mut found = Vec::new();
    let mut from = 0;
    // Only `{{tui:` opens a directive: `{{.Size}}` in a Go template is text.
    while let Some(offset) = body[from..].find(DIRECTIVE_START) {
        let start = from + offset;
        let inner = body[start + DIRECTIVE_START.len()..]
            .split_once(DIRECTIVE_END)
            .map(|(inner, _)| inner)
            .ok_or(start)?;
        let (tui, fiche) = inner.split_once(DIRECTIVE_SEPARATOR).ok_or(start)?;
        let end = start + DIRECTIVE_START.len() + inner.len() + DIRECTIVE_END.len();
        if inner.contains(DIRECTIVE_START) {
            return Err(start);
        }
        found.push(Directive {
            range: start..end,
            tui: tui.trim(),
            fiche: fiche.trim(),
        });
        from = end;
    }
    Ok(found)
}

impl Lesson {
    /// The lesson's markdown for `reader`: each `{{tui: … | fiche: …}}`
    /// replaced by its half. In English, a first line says the lesson
    /// itself is French (only the interface, the exercises and the messages
    /// are translated).
    pub fn markdown(&self, reader: Reader, lang: Lang) -> String {
        let mut text = String::with_capacity(self.body.len() + 128);
        if lang == Lang::En {
            text.push_str(
                "> *This lesson is written in French: `--lang en` translates the interface, the exercises and the checker's messages, not the lessons.*\n\n",
            );
        }
        let mut copied = 0;
        // Malformed directives are refused when the lesson is read.
        for directive in directives(&self.body).unwrap_or_default() {
            text.push_str(&self.body[copied..directive.range.start]);
            text.push_str(match reader {
                Reader::Tutorial => directive.tui,
                Reader::Print => directive.fiche,
            });
            copied = directive.range.end;
        }
        text.push_str(&self.body[copied..]);
        text
    }
}

/// The lessons, embedded and from the pack, in their order.
pub fn lessons() -> Result<Vec<Lesson>, ContentError> {
    let mut files: Vec<_> = CONTENT
        .files()
        .filter(|file| file.path().extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort_by_key(|file| file.path());
    let mut lessons = files
        .into_iter()
        .map(|file| {
            let name = format!("content/{}", file.path().display());
            let text = file.contents_utf8().ok_or_else(|| ContentError {
                file: name.clone(),
                line: 1,
                column: 1,
                message: Message::new("pas en UTF-8", "not UTF-8"),
            })?;
            parse_lesson(&name, text)
        })
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(pack) = crate::pack::active() {
        if pack.replace_embedded {
            lessons.clear();
        }
        for (name, text) in &pack.lessons {
            let lesson = parse_lesson(name, text)?;
            if lessons.iter().any(|other| other.slug == lesson.slug) {
                return Err(ContentError {
                    file: name.clone(),
                    line: 1,
                    column: 1,
                    message: Message::new(
                        format!("le nom `{}` est déjà celui d’une leçon", lesson.slug),
                        format!("the slug `{}` is already a lesson's", lesson.slug),
                    ),
                });
            }
            lessons.push(lesson);
        }
    }
    lessons.sort_by_key(|lesson| lesson.order);
    Ok(lessons)
}

/// The lesson a learner asks for: its number (from 1), or its slug or the
/// start of it (`bonus`).
pub fn find(lessons: &[Lesson], query: &str) -> Option<usize> {
    if let Ok(number) = query.parse::<usize>() {
        return (1..=lessons.len()).contains(&number).then(|| number - 1);
    }
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return None;
    }
    lessons
        .iter()
        .position(|lesson| lesson.slug == query)
        .or_else(|| {
            lessons
                .iter()
                .position(|lesson| lesson.slug.starts_with(&query))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lessons_follow_the_cheat_sheet() {
        let lessons = lessons().expect("every lesson parses");
        let slugs: Vec<&str> = lessons.iter().map(|l| l.slug.as_str()).collect();
        assert_eq!(
            slugs,
            [
                "introduction",
                "pourquoi",
                "principes-de-base",
                "avantages",
                "limites-et-pieges",
                "exemples",
                "bonus-nommez-vos-stages",
                "conclusion"
            ]
        );
        assert!(
            lessons
                .iter()
                .all(|l| !l.body.is_empty() && !l.title.is_empty())
        );
    }

    #[test]
    fn lessons_are_found_by_number_slug_or_prefix() {
        let lessons = lessons().unwrap();
        assert_eq!(find(&lessons, "1"), Some(0));
        assert_eq!(find(&lessons, "bonus"), Some(6));
        assert_eq!(find(&lessons, "Exemples"), Some(5));
        assert_eq!(find(&lessons, "9"), None);
        assert_eq!(find(&lessons, "nope"), None);
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let error =
            parse_lesson("x.md", "+++\ntitle = \"A\"\nslug = 3\norder = 1\n+++\nbody").unwrap_err();
        assert_eq!((error.file.as_str(), error.line), ("x.md", 3));
        let error = parse_lesson(
            "y.md",
            "+++\ntitle = \"A\"\nslug = \"a\"\norder = 1\ncolour = 2\n+++\n",
        )
        .unwrap_err();
        assert!(error.message.en.contains("unknown field"), "{error}");
        assert!(error.message.fr.contains("champ inconnu"), "{error}");
        assert!(parse_lesson("z.md", "no front matter").is_err());
    }

    #[test]
    fn each_reader_gets_its_half_of_a_directive() {
        let lesson = parse_lesson(
            "content/x.md",
            "+++\ntitle = \"T\"\nslug = \"t\"\norder = 1\n+++\nPour la suite, {{tui: appuyez sur `x` | fiche: lancez `multistage exercise 01`}}.\n",
        )
        .expect("a lesson");
        assert_eq!(
            lesson.markdown(Reader::Tutorial, Lang::Fr),
            "Pour la suite, appuyez sur `x`.\n"
        );
        assert_eq!(
            lesson.markdown(Reader::Print, Lang::Fr),
            "Pour la suite, lancez `multistage exercise 01`.\n"
        );
        assert!(
            lesson
                .markdown(Reader::Print, Lang::En)
                .starts_with("> *This lesson is written in French")
        );
    }

    #[test]
    fn a_malformed_directive_is_refused_where_it_is() {
        let error = parse_lesson(
            "content/x.md",
            "+++\ntitle = \"T\"\nslug = \"t\"\norder = 1\n+++\nLigne `{{.Size}}`.\nPuis {{tui: x}} ici.\n",
        )
        .unwrap_err();
        assert_eq!((error.line, error.column), (7, 6));
    }
}
