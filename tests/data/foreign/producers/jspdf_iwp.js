#!/usr/bin/env node
// The "Print plan" button of a browser-based EN case tool ("CareerBridge Online"), run with
// Node: jsPDF 4 with the jspdf-autotable plugin draws the plan line by line the way the
// app's front end does (doc.text at x/y, splitTextToSize for long text, doc.line under
// section titles, doc.rect check boxes with an "X" typed inside, autoTable for goals and
// services, canvas signatures added as PNG images).
//
//   node jspdf_iwp.js case.json out.pdf        (or the JSON on stdin: node jspdf_iwp.js - out.pdf)
//
// The JSON is the app's plan record, written by tests/data/foreign/make_foreign.py
// (batch 14). Needs `npm install --prefix /work/gen-node jspdf jspdf-autotable` and
// NODE_PATH=/work/gen-node/node_modules.
'use strict';

const fs = require('fs');
const { jsPDF } = require('jspdf');
const { autoTable } = require('jspdf-autotable');

const source = process.argv[2] && process.argv[2] !== '-' ? process.argv[2] : 0;
const plan = JSON.parse(fs.readFileSync(source, 'utf8'));
const outPath = process.argv[3];

// ---- formatting helpers (what the app's front end uses) ---------------------------------
const day = (iso) => (iso ? new Date(iso + 'T12:00:00').toLocaleDateString('en-US') : '');
const usd = (n) => (n === null || n === undefined ? '' : n.toLocaleString('en-US', {
  style: 'currency', currency: 'USD' }));
// Standard fonts only know WinAnsi: the app strips typographic characters first.
const clean = (s) => String(s === null || s === undefined ? '' : s)
  .replace(/[\u2013\u2014]/g, '-').replace(/[\u2018\u2019]/g, "'")
  .replace(/[\u201c\u201d]/g, '"').replace(/\u2026/g, '...');

const BRAND = [22, 92, 125];
const doc = new jsPDF({ orientation: 'p', unit: 'mm', format: 'letter', compress: true });
const PAGE_W = doc.internal.pageSize.getWidth();
const PAGE_H = doc.internal.pageSize.getHeight();
const M = 16;            // side margin
const TOP = 20;          // first line on continuation pages
const BOTTOM = PAGE_H - 18;
let y = 0;

doc.setCreationDate(new Date(plan.printed + 'T14:37:12'));
doc.setProperties({
  title: plan.kind === 'iwp' ? 'Individual Work Plan' : 'Staff Timesheet',
  subject: plan.subject, author: plan.app.name, creator: plan.app.name + ' ' + plan.app.version,
});

function need(height) {
  if (y + height > BOTTOM) {
    doc.addPage();
    y = TOP;
  }
}

function font(style, size, color) {
  doc.setFont('helvetica', style);
  doc.setFontSize(size);
  doc.setTextColor(...(color || [0, 0, 0]));
}

// Section title: bold text with a rule under it (doc.line).
function section(title) {
  need(18);
  y += 4;
  font('bold', 11.5, BRAND);
  doc.text(clean(title), M, y);
  doc.setDrawColor(...BRAND);
  doc.setLineWidth(0.4);
  doc.line(M, y + 1.6, PAGE_W - M, y + 1.6);
  y += 7.5;
}

// Label: value pairs, two columns across the page. Long values wrap inside their column.
function pairs(list) {
  const colW = (PAGE_W - 2 * M) / 2;
  const labelW = 33;
  for (let i = 0; i < list.length; i += 2) {
    const row = list.slice(i, i + 2);
    const wrapped = row.map(([, value]) => {
      font('normal', 9.5);
      return doc.splitTextToSize(clean(value), colW - labelW - 3);
    });
    const lines = Math.max(...wrapped.map((w) => Math.max(w.length, 1)));
    need(lines * 4.4 + 1.5);
    row.forEach(([label], k) => {
      const x = M + k * colW;
      font('bold', 9.5, [60, 60, 60]);
      doc.text(clean(label) + ':', x, y);
      font('normal', 9.5);
      wrapped[k].forEach((line, n) => doc.text(line, x + labelW, y + n * 4.4));
    });
    y += lines * 4.4 + 1.5;
  }
}

// A check box drawn with doc.rect; ticked boxes get an "X" typed inside.
function box(x, yy, on) {
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.25);
  doc.rect(x, yy - 3, 3.4, 3.4);
  if (on) {
    font('bold', 9);
    doc.text('X', x + 0.75, yy - 0.1);
  }
}

function choices(label, options, chosen) {
  need(6);
  font('bold', 9.5, [60, 60, 60]);
  doc.text(clean(label) + ':', M, y);
  let x = M + 58;
  options.forEach(([key, text]) => {
    box(x, y, key === chosen);
    font('normal', 9.5);
    doc.text(clean(text), x + 5, y);
    x += doc.getTextWidth(clean(text)) + 13;
  });
  y += 6;
}

function paragraph(text, opts = {}) {
  font(opts.style || 'normal', opts.size || 9.5, opts.color);
  const width = PAGE_W - 2 * M - 2 * (opts.indent || 0);
  const lines = doc.splitTextToSize(clean(text), width);
  lines.forEach((line) => {
    need(4.6);
    font(opts.style || 'normal', opts.size || 9.5, opts.color);
    doc.text(line, M + (opts.indent || 0), y);
    y += 4.4;
  });
  y += opts.after === undefined ? 1.5 : opts.after;
}

function table(options) {
  autoTable(doc, Object.assign({
    startY: y,
    theme: 'striped',
    margin: { left: M, right: M, top: TOP, bottom: PAGE_H - BOTTOM },
    styles: { font: 'helvetica', fontSize: 8.6, cellPadding: 1.6, valign: 'top',
              overflow: 'linebreak' },
    headStyles: { fillColor: BRAND, textColor: 255, fontStyle: 'bold' },
    alternateRowStyles: { fillColor: [234, 243, 247] },
  }, options));
  y = doc.lastAutoTable.finalY + 5;
}

function letterhead(title, subtitle) {
  const en = plan.en;
  // the EN's "logo": its initials in a filled circle
  doc.setFillColor(...BRAND);
  doc.circle(M + 7, 17, 7, 'F');
  font('bold', 10, [255, 255, 255]);
  const initials = en.name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).slice(0, 2)
    .map((w) => w[0]).join('');
  doc.text(initials, M + 7, 18.4, { align: 'center' });
  font('bold', 13, BRAND);
  doc.text(clean(en.name), M + 17, 15);
  font('normal', 8.5, [90, 90, 90]);
  doc.text(clean(`${en.street}, ${en.city}, ${en.state} ${en.zip}  |  ${en.phone}  |  ${en.email}`),
    M + 17, 20);
  font('bold', 17);
  doc.text(clean(title), PAGE_W / 2, 34, { align: 'center' });
  font('normal', 9.5, [70, 70, 70]);
  doc.text(clean(subtitle), PAGE_W / 2, 40, { align: 'center' });
  y = 48;
}

function footers(left) {
  const pages = doc.internal.getNumberOfPages();
  for (let p = 1; p <= pages; p += 1) {
    doc.setPage(p);
    doc.setDrawColor(180, 180, 180);
    doc.setLineWidth(0.2);
    doc.line(M, PAGE_H - 12, PAGE_W - M, PAGE_H - 12);
    font('normal', 7.5, [110, 110, 110]);
    doc.text(clean(left), M, PAGE_H - 8);
    doc.text(`Page ${p} of ${pages}`, PAGE_W - M, PAGE_H - 8, { align: 'right' });
  }
}

// A signature block: the canvas PNG over a line, the caption and printed name under it,
// the typed date on its own line to the right.
function signature(x, width, role, sig) {
  const lineY = y + 17;
  if (sig.image) {
    doc.addImage(sig.image, 'PNG', x + 2, y, 58, 14.5);
  }
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.3);
  doc.line(x, lineY, x + width - 30, lineY);
  doc.line(x + width - 26, lineY, x + width, lineY);
  if (sig.date) {
    font('normal', 10);
    doc.text(day(sig.date), x + width - 25, lineY - 1.5);
  }
  font('normal', 7.5, [80, 80, 80]);
  doc.text(clean(role), x, lineY + 3.5);
  doc.text('Date', x + width - 26, lineY + 3.5);
  font('normal', 9);
  doc.text(clean(sig.printedName), x, lineY + 8);
  if (sig.printedTitle) {
    font('normal', 8.5, [80, 80, 80]);
    doc.text(clean(sig.printedTitle), x, lineY + 12);
  }
}

// ---- the IWP ------------------------------------------------------------------------------
function drawIwp() {
  const { en, th, alt, discussion: d, work, goals, followUp: fu } = plan;
  const thName = `${th.first} ${th.middle} ${th.last}`;
  letterhead('Individual Work Plan (IWP)', 'Ticket to Work and Self-Sufficiency Program');
  font('normal', 8.5, [70, 70, 70]);
  doc.text(`Plan ID: ${plan.planId}`, M, y);
  doc.text(`Plan type: Initial IWP`, PAGE_W / 2, y, { align: 'center' });
  doc.text(`Created: ${day(plan.created)}`, PAGE_W - M, y, { align: 'right' });
  y += 4;

  section('1. Employment Network Information');
  pairs([
    ['EN name', en.name], ['Provider ID (PID)', en.pid],
    ['Address', `${en.street}, ${en.city}, ${en.state} ${en.zip}`], ['Phone', en.phone],
    ['EN contact', `${en.rep}, ${en.repTitle}`], ['Email', en.email],
  ]);

  section('2. Ticket Holder Information');
  pairs([
    ['Name', `${th.title} ${thName}`], ['SSN', th.ssn],
    ['Date of birth', day(th.dob)], ['Home phone', th.phone],
    ['Address', `${th.street}, ${th.city}, ${th.state} ${th.zip}`],
    ['Cell phone', th.mobile || ''],
    ['Email', th.email], ['Best way to reach', th.preferred === 'email' ? 'Email' : 'Phone call'],
  ]);

  section('3. Alternate Contact');
  const a = alt || { name: '', relationship: '', phone: '', address: '' };
  pairs([['Name', a.name], ['Relationship', a.relationship], ['Phone', a.phone],
         ['Address', a.address]]);

  section('4. IWP Discussion');
  pairs([['Date of discussion', day(d.date)], ['EN staff present', en.rep]]);
  choices('How the discussion was held',
    [['in_person', 'In person'], ['telephone', 'Telephone'], ['video', 'Video call']],
    d.modality);
  font('bold', 9.5, [60, 60, 60]);
  need(16);
  doc.text('Summary of discussion:', M, y);
  y += 2;
  const top = y;
  y += 4;
  if (d.summary) {
    paragraph(d.summary, { indent: 2.5, after: 0 });
  } else {
    y += 8;
  }
  doc.setDrawColor(170, 170, 170);
  doc.setLineWidth(0.2);
  doc.rect(M, top, PAGE_W - 2 * M, y - top);
  y += 5;

  section('5. Work History (last 18 months)');
  if (work.jobs.length) {
    box(M, y, false);
    font('normal', 9.5);
    doc.text('No paid work in the last 18 months', M + 5, y);
    y += 6;
    work.jobs.forEach((job, n) => {
      pairs([
        [`Employer ${n + 1}`, job.employer], ['Job title', job.title],
        ['Dates worked', `${day(job.start)} - ${day(job.end)}`],
        ['Hours per week', String(job.hours)], ['Monthly earnings', usd(job.monthly)],
      ]);
    });
  } else {
    box(M, y, true);
    font('normal', 9.5);
    doc.text('No paid work in the last 18 months', M + 5, y);
    y += 6;
    pairs([['Explanation', work.noWork]]);
  }

  section('6. Employment Goals');
  const row = (label, g) => [label, g.title, String(g.hours), usd(g.wage), usd(g.monthly),
    day(g.target)];
  table({
    head: [['Goal', 'Job title', 'Hours / week', 'Hourly wage', 'Gross monthly earnings',
            'Target date']],
    body: [row('Short-term (within 1 year)', goals.st),
           row('Long-term (3 to 5 years)', goals.lt)],
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 34 }, 2: { halign: 'right' },
                    3: { halign: 'right' }, 4: { halign: 'right' } },
  });
  pairs([['Training needed', goals.lt.training || 'None needed for these goals']]);
  y += 1;

  section('7. Services and Supports');
  paragraph('Services the Employment Network will provide or arrange. A box marked X is part '
            + 'of this plan.', { size: 8.5, color: [80, 80, 80] });
  table({
    head: [['Provided', 'Service', 'Description of service', 'Provided by', 'How often']],
    body: plan.services.map((s) => ['', s.label, s.description || '', s.provider || '',
                                     s.frequency || '']),
    columnStyles: { 0: { cellWidth: 16 }, 1: { cellWidth: 34, fontStyle: 'bold' },
                    3: { cellWidth: 30 }, 4: { cellWidth: 27 } },
    didDrawCell: (data) => {
      if (data.section === 'body' && data.column.index === 0) {
        const s = plan.services[data.row.index];
        box(data.cell.x + 6, data.cell.y + 5, s.provided);
      }
    },
  });

  section('8. Follow-up and Contact');
  const freq = [['monthly', 'Monthly'], ['quarterly', 'Every three months']];
  choices('While looking for work', freq, fu.initial);
  choices('After starting work', freq, fu.ongoing);
  pairs([['Contact methods', fu.methods.map((m) => m[0].toUpperCase() + m.slice(1)).join(', ')],
         ['EN staff', en.rep]]);

  if (plan.terms) {
    section('9. Terms and Conditions');
    plan.terms.forEach((term, n) => {
      font('normal', 9);
      const lines = doc.splitTextToSize(clean(term), PAGE_W - 2 * M - 7);
      need(lines.length * 4.2 + 1);
      font('normal', 9);
      doc.text(`${n + 1}.`, M, y);
      lines.forEach((line, k) => doc.text(line, M + 7, y + k * 4.2));
      y += lines.length * 4.2 + 1.2;
    });
    y += 2;
  }

  section(`${plan.terms ? 10 : 9}. Ticket Holder Statement of Understanding`);
  paragraph(plan.statement);

  need(48);
  section(`${plan.terms ? 11 : 10}. Signatures`);
  y += 2;
  const half = (PAGE_W - 2 * M - 12) / 2;
  const startY = y;
  signature(M, half, 'Signature of Ticket Holder', plan.signatures.th);
  y = startY;
  signature(M + half + 12, half, 'Signature of EN Representative', plan.signatures.en);
  y = startY + 34;
  font('italic', 8, [90, 90, 90]);
  doc.text('Signatures were drawn on screen in CareerBridge Online.', M, y);
  footers(`${plan.app.name}  |  IWP ${plan.planId}  |  ${th.first} ${th.last}  |  Printed `
    + `${day(plan.printed)}`);
}

// ---- not an IWP: the staff timesheet / activity log ----------------------------------------
function drawTimesheet() {
  const { en, staff, th, period, entries } = plan;
  letterhead('Employment Network Staff Timesheet / Activity Log',
    `Pay period ${day(period.from)} - ${day(period.to)}`);
  section('Staff member');
  pairs([['Name', staff.name], ['Position', staff.title], ['Employee ID', staff.id],
         ['Supervisor', staff.supervisor]]);
  section('Ticket holder served');
  pairs([['Name', `${th.first} ${th.middle} ${th.last}`], ['Case number', th.caseNo],
         ['Plan on file', 'IWP ' + th.planId], ['Cost center', staff.costCenter]]);
  section('Activities');
  table({
    head: [['Date', 'Activity / service delivered', 'Contact', 'Start', 'End', 'Hours',
            'Notes']],
    body: entries.map((e) => [day(e.date), e.activity, e.contact, e.start, e.end,
                              e.hours.toFixed(2), e.notes]),
    foot: [['', 'Total hours this period', '', '', '',
            { content: entries.reduce((s, e) => s + e.hours, 0).toFixed(2),
              styles: { halign: 'right' } }, '']],
    footStyles: { fillColor: [220, 230, 236], textColor: 0, fontStyle: 'bold' },
    columnStyles: { 0: { cellWidth: 19 }, 1: { cellWidth: 46 }, 2: { cellWidth: 17 },
                    3: { cellWidth: 17 }, 4: { cellWidth: 17 }, 5: { cellWidth: 13,
                    halign: 'right' } },
  });
  y -= 2;
  paragraph('Codes: JD = job development, JS = job search assistance, BC = benefits counseling referral, '
            + 'FU = follow-up contact, DOC = documentation. Time is entered in quarter hours and '
            + 'is not billed to the Ticket holder.', { size: 7.5, color: [90, 90, 90] });
  section('Certification');
  paragraph('I certify that the time recorded above is accurate and was spent delivering the '
            + 'services listed. This log is an internal payroll record of ' + en.name + '.');
  need(30);
  y += 1;
  const half = (PAGE_W - 2 * M - 12) / 2;
  const startY = y;
  signature(M, half, 'Employee signature', plan.signatures.staff);
  y = startY;
  signature(M + half + 12, half, 'Supervisor approval', plan.signatures.supervisor);
  footers(`${plan.app.name}  |  Timesheet ${staff.id}-${period.to}  |  Printed ${day(plan.printed)}`);
}

if (plan.kind === 'iwp') drawIwp();
else if (plan.kind === 'timesheet') drawTimesheet();
else throw new Error('unknown kind ' + plan.kind);

fs.writeFileSync(outPath, Buffer.from(doc.output('arraybuffer')));
