//! "Did you mean …?": the closest known word to a misspelled one, by edit
//! distance with transpositions (`FORM` → `FROM`, `buidler` → `builder`).

/// Optimal string alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbours each count one.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// The candidate closest to `word` (case-insensitively), if close enough to
/// be a typo: at most a third of the word's length, and at most 3 edits.
/// A candidate that ends with `-word` or `_word` also counts (`set` →
/// `license-set`).
pub fn closest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let word = word.to_lowercase();
    let limit = (word.chars().count() / 3).clamp(1, 3);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let lower = candidate.to_lowercase();
        if lower == word {
            continue;
        }
        let suffix = lower
            .strip_suffix(word.as_str())
            .is_some_and(|head| head.ends_with(['-', '_', '.']));
        let score = if suffix {
            limit
        } else {
            distance(&word, &lower)
        };
        if score <= limit && best.is_none_or(|(best_score, _)| score < best_score) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::{closest, distance};

    #[test]
    fn swaps_count_once() {
        assert_eq!(distance("FORM", "FROM"), 1);
        assert_eq!(distance("buidler", "builder"), 1);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggests_only_plausible_typos() {
        let stages = ["builder", "deps", "license-set", "runtime"];
        assert_eq!(closest("buidler", stages), Some("builder"));
        assert_eq!(
            closest("Builder", ["builder"]),
            None,
            "same name is no typo"
        );
        assert_eq!(closest("set", stages), Some("license-set"));
        assert_eq!(closest("nginx", stages), None);
        assert_eq!(closest("dep", stages), Some("deps"));
    }
}
