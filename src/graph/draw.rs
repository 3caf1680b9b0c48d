//! Pictures of the stage graph for the command line: boxes joined by
//! arrows drawn with box-drawing characters (readable without colour: the
//! target and the skipped stages are also said in words), and Graphviz DOT.

use super::{BaseKind, Reference, ReferenceKind, Resolution, StageGraph};
use crate::i18n::Lang;
use crate::safe_text::escape_controls;

/// One incoming line of a stage box.
struct Incoming {
    text: String,
    /// The earlier stage an arrow comes from.
    from: Option<usize>,
}

/// What a box shows.
struct BoxText {
    header: String,
    lines: Vec<Incoming>,
}

/// A reference as one line, as the drawing labels it: `◀ COPY --from=builder /app/dist`.
pub fn reference_line(graph: &StageGraph, reference: &Reference, lang: Lang) -> String {
    describe_reference(graph, reference, lang).text
}

fn describe_reference(graph: &StageGraph, reference: &Reference, lang: Lang) -> Incoming {
    let paths = escape_controls(&reference.paths.join(" ")).into_owned();
    let written = escape_controls(&reference.written).into_owned();
    let instruction = match reference.kind {
        ReferenceKind::CopyFrom => format!("COPY --from={written} {paths}"),
        ReferenceKind::MountFrom => format!("RUN --mount from={written} ({paths})"),
    };
    let problem = |fr: &str, en: &str| Incoming {
        text: format!("✗ {instruction}  ({})", lang.pick(fr, en)),
        from: None,
    };
    match reference.resolution {
        Resolution::Stage(source) if source < reference.stage => Incoming {
            text: format!("◀ {instruction}"),
            from: Some(source),
        },
        Resolution::Stage(source) if source == reference.stage => {
            problem("le stage lui-même", "the stage itself")
        }
        Resolution::Stage(source) => Incoming {
            text: format!(
                "✗ {instruction}  ({} {})",
                lang.pick("stage défini plus loin :", "stage defined later:"),
                escape_controls(&graph.stages[source].label())
            ),
            from: None,
        },
        Resolution::Image => Incoming {
            text: format!("◀ {instruction}  ({})", lang.pick("image", "image")),
            from: None,
        },
        Resolution::Variable => problem("variable non prise en charge", "variables not supported"),
        Resolution::BadIndex => problem("aucun stage à cet index", "no stage at that index"),
    }
}

fn box_texts(graph: &StageGraph, lang: Lang) -> Vec<BoxText> {
    graph
        .stages
        .iter()
        .map(|stage| {
            let mut header = format!(
                "{}  {}  FROM {}",
                stage.index,
                escape_controls(&stage.label()),
                escape_controls(&stage.base)
            );
            if stage.index == graph.target {
                header.push_str(lang.pick("  ★ cible", "  ★ target"));
            } else if !stage.built {
                header.push_str(lang.pick("  (ignoré)", "  (skipped)"));
            }
            let mut lines = Vec::new();
            if let BaseKind::Stage(parent) = stage.base_kind {
                lines.push(Incoming {
                    text: format!("◀ FROM {}", escape_controls(&graph.stages[parent].label())),
                    from: Some(parent),
                });
            }
            lines.extend(
                graph
                    .references
                    .iter()
                    .filter(|reference| reference.stage == stage.index)
                    .map(|reference| describe_reference(graph, reference, lang)),
            );
            BoxText { header, lines }
        })
        .collect()
}

/// Connections of a canvas cell: up, down, left, right.
#[derive(Clone, Copy, Default)]
struct Cell {
    up: bool,
    down: bool,
    left: bool,
    right: bool,
    glyph: Option<char>,
}

impl Cell {
    fn render(self) -> char {
        if let Some(glyph) = self.glyph {
            return glyph;
        }
        match (self.up, self.down, self.left, self.right) {
            (true, true, true, true) => '┼',
            (true, true, false, true) => '├',
            (true, true, true, false) => '┤',
            (false, true, true, true) => '┬',
            (true, false, true, true) => '┴',
            (true, true, false, false) => '│',
            (false, false, true, true) => '─',
            (false, true, false, true) => '┌',
            (false, true, true, false) => '┐',
            (true, false, false, true) => '└',
            (true, false, true, false) => '┘',
            (false, false, true, false) | (false, false, false, true) => '─',
            (true, false, false, false) | (false, true, false, false) => '│',
            (false, false, false, false) => ' ',
        }
    }
}

struct Canvas {
    cells: Vec<Vec<Cell>>,
}

impl Canvas {
    fn new(rows: usize, columns: usize) -> Self {
        Canvas {
            cells: vec![vec![Cell::default(); columns]; rows],
        }
    }

    fn horizontal(&mut self, row: usize, from: usize, to: usize) {
        for column in from..to {
            self.cells[row][column].right = true;
            self.cells[row][column + 1].left = true;
        }
    }

    fn vertical(&mut self, column: usize, from: usize, to: usize) {
        for row in from..to {
            self.cells[row][column].down = true;
            self.cells[row + 1][column].up = true;
        }
    }

    fn text(&mut self, row: usize, column: usize, text: &str) {
        for (offset, ch) in text.chars().enumerate() {
            if let Some(cell) = self.cells[row].get_mut(column + offset) {
                cell.glyph = Some(ch);
            }
        }
    }

    fn lines(&self) -> Vec<String> {
        self.cells
            .iter()
            .map(|row| {
                let line: String = row.iter().map(|cell| cell.render()).collect();
                line.trim_end().to_string()
            })
            .collect()
    }
}

/// The stage graph drawn as text: one row per line, with the stage whose
/// box the row belongs to, and the column where boxes start (the arrows'
/// lanes are on its left).
pub struct Picture {
    pub rows: Vec<(String, usize)>,
    pub left: usize,
}

/// Boxes and arrows, one box per stage in file order; arrows run down the
/// left margin from the stage used to the line that uses it.
pub fn picture(graph: &StageGraph, lang: Lang) -> Picture {
    let boxes = box_texts(graph, lang);
    let width = boxes
        .iter()
        .flat_map(|b| std::iter::once(&b.header).chain(b.lines.iter().map(|l| &l.text)))
        .map(|text| text.chars().count())
        .max()
        .unwrap_or(0)
        + 2;

    // Rows: each box is a top border, its header, its incoming lines, a bottom border.
    let mut header_rows = Vec::new();
    let mut row = 0;
    let mut arrows = Vec::new();
    for (index, stage_box) in boxes.iter().enumerate() {
        header_rows.push(row + 1);
        for (offset, line) in stage_box.lines.iter().enumerate() {
            if let Some(from) = line.from {
                arrows.push((from, index, row + 2 + offset));
            }
        }
        row += stage_box.lines.len() + 3;
    }
    let total_rows = row;

    // One lane per arrow, reused once the previous arrow in it has ended;
    // the longest arrows run outermost, so that arrows do not cross.
    arrows.sort_by_key(|&(from, _, arrive)| (from, std::cmp::Reverse(arrive)));
    let mut lane_ends: Vec<usize> = Vec::new();
    let mut placed = Vec::new();
    for &(from, _, arrive) in &arrows {
        let start = header_rows[from];
        let lane = match lane_ends.iter().position(|&end| end < start) {
            Some(lane) => lane,
            None => {
                lane_ends.push(0);
                lane_ends.len() - 1
            }
        };
        lane_ends[lane] = arrive;
        placed.push((lane, start, arrive));
    }
    let margin = if lane_ends.is_empty() {
        0
    } else {
        lane_ends.len() * 2 + 1
    };

    let mut canvas = Canvas::new(total_rows, margin + width + 2);
    let left = margin;
    let right = margin + width + 1;
    let mut row = 0;
    for stage_box in &boxes {
        let bottom = row + stage_box.lines.len() + 2;
        canvas.horizontal(row, left, right);
        canvas.horizontal(bottom, left, right);
        canvas.vertical(left, row, bottom);
        canvas.vertical(right, row, bottom);
        canvas.text(row + 1, left + 2, &stage_box.header);
        for (offset, line) in stage_box.lines.iter().enumerate() {
            canvas.text(row + 2 + offset, left + 2, &line.text);
        }
        row = bottom + 1;
    }
    for (lane, start, arrive) in placed {
        let column = lane * 2;
        canvas.horizontal(start, column, left);
        canvas.vertical(column, start, arrive);
        canvas.horizontal(arrive, column, left - 1);
        canvas.cells[arrive][left - 1].glyph = Some('▶');
    }

    let lines = canvas.lines();
    let mut rows = Vec::with_capacity(lines.len());
    let mut lines = lines.into_iter();
    for (stage, stage_box) in graph.stages.iter().zip(&boxes) {
        for line in lines.by_ref().take(stage_box.lines.len() + 3) {
            rows.push((line, stage.index));
        }
    }
    Picture { rows, left }
}

/// [`picture`] for the command line, with a summary of what is built.
/// With `colour`, the target is bold and skipped stages are dim.
pub fn to_text(graph: &StageGraph, lang: Lang, colour: bool) -> String {
    let Picture { rows, left } = picture(graph, lang);
    let mut out = String::new();
    for (line, stage) in &rows {
        let stage = &graph.stages[*stage];
        let style = match (colour, stage.index == graph.target, stage.built) {
            (false, _, _) => None,
            (true, true, _) => Some("\x1b[1m"),
            (true, false, false) => Some("\x1b[2m"),
            (true, false, true) => None,
        };
        match style {
            // Style the box only, not the lanes passing by on its left.
            Some(style) => {
                let split = line.char_indices().nth(left).map_or(line.len(), |(i, _)| i);
                out.push_str(&format!(
                    "{}{style}{}\x1b[0m\n",
                    &line[..split],
                    &line[split..]
                ));
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    let built: Vec<String> = graph
        .stages
        .iter()
        .filter(|s| s.built)
        .map(|s| escape_controls(&s.label()).into_owned())
        .collect();
    let skipped: Vec<String> = graph
        .stages
        .iter()
        .filter(|s| !s.built)
        .map(|s| escape_controls(&s.label()).into_owned())
        .collect();
    out.push_str(&format!(
        "{}{}{}\n",
        lang.pick("construits", "built"),
        lang.colon(),
        built.join(", ")
    ));
    if !skipped.is_empty() {
        out.push_str(&format!(
            "{}{}{}\n",
            lang.pick("ignorés par BuildKit", "skipped by BuildKit"),
            lang.colon(),
            skipped.join(", ")
        ));
    }
    out
}

/// A DOT string literal.
fn dot_quote(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ if ch.is_control() => out.push_str(&format!("\\\\u{{{:x}}}", ch as u32)),
            _ => out.push(ch),
        }
    }
    out.push('"');
    out
}

/// The graph for Graphviz: the target drawn bold, skipped stages dashed and grey.
pub fn to_dot(graph: &StageGraph) -> String {
    let mut out = String::from(
        "digraph stages {\n  rankdir=TB;\n  node [shape=box, fontname=\"monospace\"];\n",
    );
    for stage in &graph.stages {
        let label = format!("{}: {}\nFROM {}", stage.index, stage.label(), stage.base);
        let style = if stage.index == graph.target {
            ", penwidth=2.5, style=bold"
        } else if !stage.built {
            ", style=dashed, color=gray55, fontcolor=gray55"
        } else {
            ""
        };
        out.push_str(&format!(
            "  s{} [label={}{style}];\n",
            stage.index,
            dot_quote(&label)
        ));
    }
    for stage in &graph.stages {
        if let BaseKind::Stage(parent) = stage.base_kind {
            out.push_str(&format!(
                "  s{parent} -> s{} [label=\"FROM\"];\n",
                stage.index
            ));
        }
    }
    for (index, reference) in graph.references.iter().enumerate() {
        let label = match reference.kind {
            ReferenceKind::CopyFrom => format!("COPY {}", reference.paths.join(" ")),
            ReferenceKind::MountFrom => format!("mount {}", reference.paths.join(" ")),
        };
        match reference.resolution {
            Resolution::Stage(source) => out.push_str(&format!(
                "  s{source} -> s{} [label={}];\n",
                reference.stage,
                dot_quote(&label)
            )),
            Resolution::Image => out.push_str(&format!(
                "  image{index} [label={}, shape=ellipse];\n  image{index} -> s{} [label={}];\n",
                dot_quote(&reference.written),
                reference.stage,
                dot_quote(&label)
            )),
            Resolution::Variable | Resolution::BadIndex => {}
        }
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dockerfile::parse;
    use crate::graph::{BuildOptions, build};

    const CHEAT_SHEET: &str = "\
FROM node:22 AS builder
WORKDIR /app
RUN npm ci && npm run build
FROM node:22-slim AS test
COPY --from=builder /app /app
FROM node:22-slim
COPY --from=builder /app/dist ./dist
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
";

    #[test]
    fn boxes_arrows_target_and_skipped_stages() {
        let graph = build(&parse(CHEAT_SHEET).unwrap(), &BuildOptions::default()).unwrap();
        let text = to_text(&graph, Lang::Fr, false);
        let expected = "\
\x20    ┌──────────────────────────────────────────────┐
┌─┬──┤ 0  builder  FROM node:22                     │
│ │  └──────────────────────────────────────────────┘
│ │  ┌──────────────────────────────────────────────┐
│ │  │ 1  test  FROM node:22-slim  (ignoré)         │
│ └─▶│ ◀ COPY --from=builder /app                   │
│    └──────────────────────────────────────────────┘
│    ┌──────────────────────────────────────────────┐
│    │ 2  stage-2  FROM node:22-slim  ★ cible       │
└───▶│ ◀ COPY --from=builder /app/dist              │
     │ ◀ COPY --from=nginx:1.27 /etc/nginx  (image) │
     └──────────────────────────────────────────────┘
construits\u{a0}: builder, stage-2
ignorés par BuildKit\u{a0}: test
";
        assert_eq!(text, expected, "got:\n{text}");
    }

    #[test]
    fn dot_marks_target_and_skipped() {
        let graph = build(&parse(CHEAT_SHEET).unwrap(), &BuildOptions::default()).unwrap();
        let dot = to_dot(&graph);
        assert!(
            dot.contains(
                "s2 [label=\"2: stage-2\\nFROM node:22-slim\", penwidth=2.5, style=bold];"
            )
        );
        assert!(dot.contains("s1 [label=\"1: test\\nFROM node:22-slim\", style=dashed"));
        assert!(dot.contains("s0 -> s2 [label=\"COPY /app/dist\"];"));
        assert!(dot.contains("image2 -> s2"));
    }
}
