//! Plain-text tables for the terminal.

use std::io::{self, Write};

fn cell(s: &str, max: Option<usize>) -> String {
    let one_line: String = s
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    match max {
        Some(m) if one_line.chars().count() > m => {
            let mut t: String = one_line.chars().take(m.saturating_sub(1)).collect();
            t.push('…');
            t
        }
        _ => one_line,
    }
}

/// Writes a header, a rule and the rows, columns padded to their widest cell (cells cut to
/// `max` characters when given), then a count line.
pub fn write(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
    max: Option<usize>,
) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c, max)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for r in &rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn columns_align_and_long_cells_are_cut() {
        let mut out = Vec::new();
        let header = vec!["name".to_string(), "n".to_string()];
        let rows = vec![
            vec!["Jane Roe".to_string(), "3".to_string()],
            vec!["A very long name indeed".to_string(), "12".to_string()],
        ];
        super::write(&mut out, &header, &rows, Some(10)).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert_eq!(
            s,
            "name        n\n----------  --\nJane Roe    3\nA very lo…  12\n(2 rows)\n"
        );
    }
}
