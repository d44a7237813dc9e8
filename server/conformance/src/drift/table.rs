//! The difference table as the program prints it.

use super::compare::Difference;

/// The difference table, one row per difference, columns aligned.
pub fn table(differences: &[Difference]) -> String {
    let rows: Vec<[&str; 4]> = differences
        .iter()
        .map(|d| {
            [
                d.element.as_str(),
                d.rule.as_str(),
                or_dash(&d.release),
                or_dash(&d.server),
            ]
        })
        .collect();
    let header = ["element", "rule", "release", "server"];
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.len());
        }
    }
    let line = |cells: &[&str; 4]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i > 0 {
                s.push_str(" | ");
            }
            s.push_str(&format!("{cell:w$}"));
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(&header);
    let rule = widths.map(|w| "-".repeat(w));
    out.push_str(&line(&rule.each_ref().map(String::as_str)));
    for row in &rows {
        out.push_str(&line(row));
    }
    out
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}
