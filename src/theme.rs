//! Colours and emphasis, decided once: truecolor when the terminal says so
//! (`COLORTERM`), 256 colours otherwise, none with `NO_COLOR` or
//! `--color never`; a dark and a light palette, the light one chosen from
//! `COLORFGBG` where the terminal sets it. Without colour, every emphasis
//! still shows through bold, italic, underline or reverse video.

use ratatui::style::{Color, Modifier, Style};

/// What the terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorMode {
    TrueColor,
    Ansi256,
    None,
}

impl ColorMode {
    /// For an output that gets colours (`colour`, decided from the terminal,
    /// `NO_COLOR` and `--color`): truecolor or 256 as `COLORTERM` says.
    pub fn for_output(colour: bool) -> ColorMode {
        if !colour {
            return ColorMode::None;
        }
        match std::env::var("COLORTERM").as_deref() {
            Ok("truecolor" | "24bit") => ColorMode::TrueColor,
            _ => ColorMode::Ansi256,
        }
    }
}

/// The terminal's background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    Dark,
    Light,
}

impl Background {
    /// From `COLORFGBG` (`15;0` is light text on a dark background), else dark.
    pub fn from_env() -> Background {
        let background = std::env::var("COLORFGBG")
            .ok()
            .and_then(|value| value.rsplit(';').next()?.parse::<u8>().ok());
        match background {
            // 7 (white) and 9–15 (bright colours) are light backgrounds.
            Some(7 | 9..=15) => Background::Light,
            _ => Background::Dark,
        }
    }
}

/// The palette and the means to show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub mode: ColorMode,
    pub background: Background,
}

type Rgb = (u8, u8, u8);

/// One colour per role, for each background.
struct Palette {
    accent: Rgb,
    heading: Rgb,
    subheading: Rgb,
    code: Rgb,
    link: Rgb,
    muted: Rgb,
    frame: Rgb,
    good: Rgb,
    bad: Rgb,
    highlight: Rgb,
}

const DARK: Palette = Palette {
    accent: (97, 175, 239),
    heading: (229, 192, 123),
    subheading: (198, 120, 221),
    code: (152, 195, 121),
    link: (86, 182, 194),
    muted: (130, 137, 151),
    frame: (92, 99, 112),
    good: (152, 195, 121),
    bad: (224, 108, 117),
    highlight: (229, 192, 123),
};

const LIGHT: Palette = Palette {
    accent: (1, 132, 188),
    heading: (152, 104, 1),
    subheading: (166, 38, 164),
    code: (80, 161, 79),
    link: (1, 132, 188),
    muted: (105, 108, 119),
    frame: (160, 161, 167),
    good: (56, 130, 55),
    bad: (202, 18, 67),
    highlight: (193, 132, 1),
};

/// The nearest of the 256 xterm colours (the 6×6×6 cube or the grey ramp).
pub fn to_ansi256((r, g, b): Rgb) -> u8 {
    let level = |c: u8| -> u8 {
        match c {
            0..=47 => 0,
            48..=114 => 1,
            _ => (c - 35) / 40,
        }
    };
    let value = |l: u8| if l == 0 { 0 } else { 55 + 40 * l };
    let (lr, lg, lb) = (level(r), level(g), level(b));
    let cube = 16 + 36 * lr + 6 * lg + lb;
    let cube_distance = dist((r, g, b), (value(lr), value(lg), value(lb)));
    let grey_level = ((u16::from(r) + u16::from(g) + u16::from(b)) / 3).clamp(8, 238);
    let grey_index = ((grey_level - 8) / 10).min(23) as u8;
    let grey = 8 + 10 * grey_index;
    if dist((r, g, b), (grey, grey, grey)) < cube_distance {
        232 + grey_index
    } else {
        cube
    }
}

fn dist(a: Rgb, b: Rgb) -> u32 {
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).unsigned_abs().pow(2);
    d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)
}

impl Theme {
    pub fn new(mode: ColorMode, background: Background) -> Theme {
        Theme { mode, background }
    }

    /// No colour at all: what tests and pipes get.
    pub fn plain() -> Theme {
        Theme::new(ColorMode::None, Background::Dark)
    }

    fn palette(&self) -> &'static Palette {
        match self.background {
            Background::Dark => &DARK,
            Background::Light => &LIGHT,
        }
    }

    /// A colour as the terminal can show it, or none.
    pub fn color(&self, rgb: Rgb) -> Option<Color> {
        match self.mode {
            ColorMode::TrueColor => Some(Color::Rgb(rgb.0, rgb.1, rgb.2)),
            ColorMode::Ansi256 => Some(Color::Indexed(to_ansi256(rgb))),
            ColorMode::None => None,
        }
    }

    fn fg(&self, rgb: Rgb) -> Style {
        match self.color(rgb) {
            Some(color) => Style::new().fg(color),
            None => Style::new(),
        }
    }

    pub fn has_colour(&self) -> bool {
        self.mode != ColorMode::None
    }

    pub fn title(&self) -> Style {
        self.fg(self.palette().heading).add_modifier(Modifier::BOLD)
    }

    pub fn heading(&self, level: u8) -> Style {
        match level {
            1 | 2 => self
                .fg(self.palette().heading)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            _ => self
                .fg(self.palette().subheading)
                .add_modifier(Modifier::BOLD),
        }
    }

    pub fn strong(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn emphasis(&self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    /// `inline code`: coloured, or bold without colour.
    pub fn inline_code(&self) -> Style {
        if self.has_colour() {
            self.fg(self.palette().code)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn link(&self) -> Style {
        self.fg(self.palette().link)
            .add_modifier(Modifier::UNDERLINED)
    }

    pub fn muted(&self) -> Style {
        if self.has_colour() {
            self.fg(self.palette().muted)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn quote(&self) -> Style {
        self.muted().add_modifier(Modifier::ITALIC)
    }

    pub fn frame(&self) -> Style {
        self.fg(self.palette().frame)
    }

    pub fn accent(&self) -> Style {
        self.fg(self.palette().accent).add_modifier(Modifier::BOLD)
    }

    pub fn good(&self) -> Style {
        self.fg(self.palette().good)
    }

    /// A problem (progress not saved…): bold too, to be seen without colour.
    pub fn bad(&self) -> Style {
        self.fg(self.palette().bad).add_modifier(Modifier::BOLD)
    }

    /// A search match: reverse video shows without colour too.
    pub fn search_match(&self) -> Style {
        match self.color(self.palette().highlight) {
            Some(color) => Style::new().bg(color).fg(Color::Black),
            None => Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    /// The selected row of a list.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Syntect's theme for code blocks on this background.
    /// The colour of comments in code: the palette's muted one, readable
    /// on its background (WCAG's 4.5:1), where the code themes' own grey
    /// is not (about 3.4:1 on black, 2.7:1 on white).
    pub fn comment_colour(&self) -> Rgb {
        self.palette().muted
    }

    pub fn code_theme(&self) -> two_face::theme::EmbeddedThemeName {
        match self.background {
            Background::Dark => two_face::theme::EmbeddedThemeName::OneHalfDark,
            Background::Light => two_face::theme::EmbeddedThemeName::OneHalfLight,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ansi256_picks_the_cube_or_the_grey_ramp() {
        assert_eq!(to_ansi256((0, 0, 0)), 16);
        assert_eq!(to_ansi256((255, 255, 255)), 231);
        assert_eq!(to_ansi256((255, 0, 0)), 196);
        assert_eq!(to_ansi256((128, 128, 128)), 244);
    }

    #[test]
    fn without_colour_emphasis_uses_modifiers_only() {
        let theme = Theme::plain();
        assert_eq!(theme.inline_code().fg, None);
        assert!(
            theme
                .search_match()
                .add_modifier
                .contains(Modifier::REVERSED)
        );
        assert!(theme.heading(2).add_modifier.contains(Modifier::BOLD));
    }
}
