#!/usr/bin/env node
// The PDF export of a web planning app ("PlanWell") run with Node: pdfmake 0.3 builds the
// document from a declarative docDefinition (columns, stacks, tables with the
// 'lightHorizontalLines' layout, cards as filled table cells, canvas lines, a page break
// before Part Three, headers and footers with page numbers) in the Roboto font pdfmake ships.
//
//   node pdfmake_doc.js case.json out.pdf      (or the JSON on stdin: node pdfmake_doc.js - out.pdf)
//
// kind "iwp", "amendment" or "portal_summary"; the JSON is written by
// tests/data/foreign/make_foreign.py (batch 14). Needs `npm install --prefix /work/gen-node
// pdfmake` and NODE_PATH=/work/gen-node/node_modules.
'use strict';

const fs = require('fs');
const pdfmake = require('pdfmake');
const Roboto = require('pdfmake/fonts/Roboto');

const source = process.argv[2] && process.argv[2] !== '-' ? process.argv[2] : 0;
const plan = JSON.parse(fs.readFileSync(source, 'utf8'));
const outPath = process.argv[3];

pdfmake.addFonts(Roboto);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => true);

const longDate = (iso) => (iso ? new Date(iso + 'T12:00:00').toLocaleDateString('en-US', {
  month: 'long', day: 'numeric', year: 'numeric' }) : '');
const weekday = (iso) => new Date(iso + 'T12:00:00').toLocaleDateString('en-US', {
  weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
const usd = (n) => n.toLocaleString('en-US', { style: 'currency', currency: 'USD' });

const INK = '#1f2937';
const MUTED = '#6b7280';
const ACCENT = '#0f766e';
const CARD = '#f1f5f4';
const CARD_OFF = '#f7f7f8';

const styles = {
  title: { fontSize: 20, bold: true, color: INK },
  subtitle: { fontSize: 9.5, color: MUTED, margin: [0, 2, 0, 0] },
  part: { fontSize: 13, bold: true, color: ACCENT, margin: [0, 14, 0, 2] },
  h2: { fontSize: 10.5, bold: true, color: INK, margin: [0, 10, 0, 4] },
  label: { fontSize: 7.5, color: MUTED, bold: true, characterSpacing: 0.3 },
  value: { fontSize: 9.5, color: INK, margin: [0, 1, 0, 6] },
  th: { fontSize: 8.5, bold: true, color: MUTED },
  small: { fontSize: 8, color: MUTED },
  badge: { fontSize: 7, bold: true, color: '#ffffff' },
};

const rule = (width, color = '#d1d5db', lineWidth = 0.6) => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth, lineColor: color }] });

const field = (label, value) => ({ stack: [
  { text: label.toUpperCase(), style: 'label' },
  { text: value === null || value === undefined || value === '' ? ' ' : String(value),
    style: 'value' }] });

const partHeading = (text, extra = {}) => Object.assign({ stack: [
  { text, style: 'part', headlineLevel: 1 }, rule(532, ACCENT, 1.2)], margin: [0, 0, 0, 4] }, extra);

function header(plan) {
  return (currentPage, pageCount) => ({
    margin: [40, 22, 40, 0],
    stack: [
      { columns: [
        { text: plan.en.name, style: 'small', bold: true, color: ACCENT },
        { text: `${plan.docTitle} · ${plan.th.first} ${plan.th.last}`, style: 'small',
          alignment: 'right' }] },
      Object.assign(rule(532, '#e5e7eb', 0.5), { margin: [0, 4, 0, 0] })],
  });
}

function footer(plan) {
  return (currentPage, pageCount) => ({
    margin: [40, 14, 40, 0],
    columns: [
      { text: `${plan.app.name} · ${plan.reference} · Generated ${longDate(plan.printed)}`,
        style: 'small' },
      { text: `Page ${currentPage} of ${pageCount}`, style: 'small', alignment: 'right' }],
  });
}

function titleBlock(title, subtitle, status) {
  return { columns: [
    { width: '*', stack: [{ text: title, style: 'title' }, { text: subtitle, style: 'subtitle' }] },
    { width: 'auto', margin: [0, 4, 0, 0], table: { body: [[{
      text: status.text, style: 'badge', fillColor: status.color, margin: [6, 3, 6, 3] }]] },
      layout: 'noBorders' }],
  margin: [0, 0, 0, 6] };
}

function thName(th) { return `${th.first} ${th.middle} ${th.last}`; }

function contactColumns(en, th, full) {
  const enStack = [
    { text: 'Employment Network', style: 'h2', margin: [0, 4, 0, 6] },
    field('Name', en.name), field('Provider ID (PID)', en.pid),
    field('Address', `${en.street}\n${en.city}, ${en.state} ${en.zip}`),
    field('Phone', en.phone), field('Email', en.email),
    field('Your contact', `${en.rep}, ${en.repTitle}`)];
  const thStack = [
    { text: 'Ticket Holder', style: 'h2', margin: [0, 4, 0, 6] },
    field('Name', `${th.title} ${thName(th)}`), field('Social Security number', th.ssn)];
  if (full) thStack.push(field('Date of birth', longDate(th.dob)));
  thStack.push(field('Address', `${th.street}\n${th.city}, ${th.state} ${th.zip}`),
    { columns: [field('Phone', th.phone), field('Mobile', th.mobile || '')] },
    field('Email', th.email));
  if (full) {
    thStack.push(field('Preferred contact', th.preferred === 'email' ? 'Email' : 'Phone'));
  }
  // the app's two-column Part One: a thin vertical rule between the EN and the Ticket holder
  return { table: { widths: ['*', '*'], body: [[
    { stack: enStack, margin: [0, 0, 10, 0] }, { stack: thStack, margin: [12, 0, 0, 0] }]] },
  layout: { hLineWidth: () => 0, vLineWidth: (i) => (i === 1 ? 0.6 : 0),
            vLineColor: () => '#d1d5db', paddingLeft: () => 0, paddingRight: () => 0 } };
}

function goalsTable(st, lt, stTitle, ltTitle) {
  const cell = (g, f) => (g ? f(g) : '');
  const rows = [
    ['Job title', (g) => g.title], ['Hours per week', (g) => String(g.hours)],
    ['Hourly wage', (g) => usd(g.wage)], ['Gross monthly earnings', (g) => usd(g.monthly)],
    ['Target date', (g) => longDate(g.target)],
    ['Training or education', (g) => g.training || 'None needed']];
  return { table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true,
    widths: [130, '*', '*'], body: [
    [{ text: '', style: 'th' }, { text: stTitle, style: 'th' }, { text: ltTitle, style: 'th' }],
    ...rows.map(([label, f]) => [{ text: label, bold: true, fontSize: 9 },
      { text: cell(st, f), fontSize: 9.5 }, { text: cell(lt, f), fontSize: 9.5 }])] },
  layout: 'lightHorizontalLines', margin: [0, 0, 0, 4] };
}

// A service card: a stack inside a one-cell table with a fill colour.
function card(title, badge, lines, on) {
  const stack = [{ columns: [
    { text: title, bold: true, fontSize: 10, color: INK },
    { width: 'auto', text: `  ${badge.text}  `, style: 'badge', background: badge.color,
      margin: [0, 2, 0, 0] }],
  margin: [0, 0, 0, 5] }];
  lines.forEach(([label, value]) => {
    stack.push({ text: label.toUpperCase(), style: 'label' });
    stack.push({ text: value || ' ', fontSize: 9, color: INK, margin: [0, 1, 0, 4] });
  });
  return { table: { widths: ['*'], body: [[{ stack, fillColor: on ? CARD : CARD_OFF,
    margin: [8, 7, 8, 3] }]] },
  layout: { hLineWidth: () => 0, vLineWidth: (i) => (i === 0 ? 3 : 0),
            vLineColor: () => (on ? ACCENT : '#d1d5db') }, margin: [0, 0, 0, 8] };
}

function cardGrid(cards) {
  const out = [];
  for (let i = 0; i < cards.length; i += 2) {
    out.push({ columns: [cards[i], cards[i + 1] || { text: '' }], columnGap: 10,
      unbreakable: true });
  }
  return out;
}

function signatureRow(role, sig) {
  const block = [{ columns: [
    { width: '*', stack: [
      { text: sig.signed ? `/s/ ${sig.name}` : ' ', italics: true, fontSize: 13, color: '#1e3a8a',
        margin: [4, 0, 0, 2] },
      rule(300, INK, 0.8),
      { text: role, style: 'small', margin: [0, 3, 0, 0] },
      { text: sig.printed, fontSize: 9, margin: [0, 1, 0, 0] }] },
    { width: 150, stack: [
      { text: sig.signed && sig.date ? longDate(sig.date) : ' ', fontSize: 10.5,
        margin: [4, 2, 0, 2] },
      rule(150, INK, 0.8),
      { text: 'Date', style: 'small', margin: [0, 3, 0, 0] }] }], columnGap: 30 }];
  if (sig.signed && sig.date) {
    block.push({ text: `Signed electronically on ${longDate(sig.date)} at ${sig.time} · `
      + `${sig.email}`, style: 'small', margin: [0, 4, 0, 0] });
  } else if (!sig.signed) {
    block.push({ text: `Awaiting signature · request sent to ${sig.email}`, style: 'small',
      color: '#b45309', margin: [0, 4, 0, 0] });
  }
  return { stack: block, margin: [0, 16, 0, 6], unbreakable: true };
}

// ---- the IWP ------------------------------------------------------------------------------
function iwp(p) {
  const { en, th, alt, discussion: d, work, goals, followUp: fu } = p;
  const both = p.signatures.th.signed && p.signatures.en.signed;
  const content = [
    titleBlock('Individual Work Plan', `Ticket to Work Program · ${p.reference} · `
      + `Plan created ${longDate(p.created)}`, both ? { text: 'SIGNED', color: ACCENT }
      : { text: 'AWAITING SIGNATURE', color: '#b45309' }),
    partHeading('Part One — Contact Information'),
    contactColumns(en, th, true),
    { text: 'Alternate contact', style: 'h2', headlineLevel: 2 },
    { text: 'Someone we may contact if we cannot reach you.', style: 'small',
      margin: [0, -2, 0, 5] },
  ];
  const a = alt || { name: '', relationship: '', phone: '', address: '' };
  content.push({ columns: [field('Name', a.name), field('Relationship', a.relationship),
    field('Phone', a.phone), { width: '35%', stack: [field('Address', a.address)] }],
  columnGap: 10 });

  content.push(partHeading('Part Two — Your Plan'));
  content.push({ text: 'Planning discussion', style: 'h2', headlineLevel: 2 });
  const how = { in_person: 'In person', telephone: 'By telephone', video: 'Video call' };
  content.push({ columns: [field('Date of discussion', longDate(d.date)),
    field('How we met', d.modality ? how[d.modality] : ''),
    field('Staff', en.rep)], columnGap: 10 });
  content.push(field('What we talked about', d.summary || ''));

  if (work) {
    content.push({ text: 'Work in the last 18 months', style: 'h2', headlineLevel: 2 });
    if (work.jobs.length) {
      content.push({ table: { headerRows: 1, widths: ['*', '*', 'auto', 'auto', 'auto', 'auto'],
        body: [['Employer', 'Position', 'From', 'To', 'Hours / week', 'Monthly earnings']
          .map((t) => ({ text: t, style: 'th' })),
        ...work.jobs.map((j) => [j.employer, j.title, longDate(j.start), longDate(j.end),
          String(j.hours), usd(j.monthly)].map((t) => ({ text: t, fontSize: 9 })))] },
      layout: 'lightHorizontalLines' });
    } else {
      content.push({ text: [{ text: 'No paid work in the last 18 months. ', bold: true },
        work.noWork], fontSize: 9.5 });
    }
  }

  content.push({ text: 'Employment goals', style: 'h2', headlineLevel: 2 });
  content.push(goalsTable(goals.st, goals.lt, 'Short-term goal (within 1 year)',
    'Long-term goal (3 to 5 years)'));

  content.push({ text: 'Services and supports', style: 'h2', headlineLevel: 2 });
  content.push({ text: 'What the Employment Network will provide or arrange for you.',
    style: 'small', margin: [0, -2, 0, 6] });
  content.push(...cardGrid(p.services.map((s) => (s.provided
    ? card(s.label, { text: 'INCLUDED', color: ACCENT },
      [['What we will do', s.description], ['Who', s.provider], ['How often', s.frequency]],
      true)
    : card(s.label, { text: 'NOT INCLUDED', color: '#9ca3af' },
      [['', 'Not part of this plan right now.']], false)))));

  const word = { monthly: 'At least once a month', quarterly: 'At least every three months' };
  const ways = fu.methods.map((m) => m[0].toUpperCase() + m.slice(1)).join(', ');
  content.push({ unbreakable: true, stack: [
    { text: 'Staying in touch', style: 'h2', headlineLevel: 2 },
    { table: { headerRows: 1, widths: [170, 150, '*'], body: [
      ['When', 'How often we will contact you', 'How'].map((t) => ({ text: t, style: 'th' })),
      ['While you look for work', word[fu.initial], ways],
      ['After you start working', word[fu.ongoing], ways]] },
    layout: 'lightHorizontalLines', fontSize: 9.5 }] });

  content.push(partHeading('Part Three — Agreement', { pageBreak: 'before' }));
  content.push({ text: 'Terms and conditions', style: 'h2', headlineLevel: 2 });
  content.push({ ol: p.terms, fontSize: 9, lineHeight: 1.15, margin: [0, 0, 0, 4] });
  content.push({ text: 'Statement of understanding', style: 'h2', headlineLevel: 2 });
  content.push({ text: p.statement, fontSize: 9.5, lineHeight: 1.15 });
  content.push({ text: 'Signatures', style: 'h2', headlineLevel: 2, margin: [0, 14, 0, 0] });
  content.push(signatureRow('Ticket Holder', p.signatures.th));
  content.push(signatureRow('Employment Network Representative', p.signatures.en));
  return content;
}

// ---- an IWP amendment ---------------------------------------------------------------------
function amendment(p) {
  const { en, th, goals } = p;
  const both = p.signatures.th.signed && p.signatures.en.signed;
  const content = [
    titleBlock('IWP Amendment', `Ticket to Work Program · Amendment No. ${p.number} · `
      + `Created ${longDate(p.created)}`, both ? { text: 'SIGNED', color: ACCENT }
      : { text: 'AWAITING SIGNATURE', color: '#b45309' }),
    partHeading('About this amendment'),
    { table: { widths: [170, '*'], body: [
      [{ text: 'Amendment number', bold: true }, String(p.number)],
      [{ text: 'Plan being amended', bold: true }, p.planId ? `IWP ${p.planId}` : ''],
      [{ text: 'Date the original IWP was signed', bold: true }, longDate(p.originalSigned)],
      [{ text: 'Why the plan is changing', bold: true }, p.reason]] },
    layout: 'lightHorizontalLines', fontSize: 9.5 },
    partHeading('Contact information'),
    contactColumns(en, th, false),
    partHeading('Revised employment goals'),
    goalsTable(goals.st, goals.lt, 'Revised short-term goal', 'Revised long-term goal'),
  ];
  if (p.changes) {
    content.push(partHeading('Changes to services and supports'));
    const colour = { Added: ACCENT, Ended: '#b91c1c', Continued: '#1d4ed8' };
    content.push(...cardGrid(p.changes.map((c) => card(c.label,
      { text: c.change.toUpperCase(), color: colour[c.change] },
      [['What changes', c.description], ['Who', c.provider], ['How often', c.frequency]],
      c.change !== 'Ended'))));
  }
  content.push(partHeading('Agreement'));
  content.push({ text: 'We agree to the changes above. Everything else in the Individual Work '
    + 'Plan, including its terms and conditions, stays the same. The Ticket Holder receives a '
    + 'copy of this amendment.', fontSize: 9.5, lineHeight: 1.15 });
  content.push(signatureRow('Ticket Holder', p.signatures.th));
  content.push(signatureRow('Employment Network Representative', p.signatures.en));
  return content;
}

// ---- not an IWP: the Ticket Holder Portal's one-page "My Plan Summary" ----------------------
function portalSummary(p) {
  const { en, th, goals, next } = p;
  const goalCard = (when, g) => ({ table: { widths: ['*'], body: [[{ fillColor: CARD,
    margin: [10, 8, 10, 8], stack: [
      { text: when.toUpperCase(), style: 'label', color: ACCENT },
      { text: g.plain, fontSize: 11, bold: true, margin: [0, 3, 0, 3] },
      { text: g.detail, fontSize: 9.5, color: INK }] }]] }, layout: 'noBorders' });
  return [
    { text: 'Ticket Holder Portal', style: 'small', bold: true, color: ACCENT },
    { text: 'My Plan Summary', style: 'title', margin: [0, 2, 0, 2] },
    { text: `For ${th.first} ${th.last} · updated ${longDate(p.printed)}`, style: 'subtitle' },
    { table: { widths: ['*'], body: [[{ fillColor: '#fff7ed', margin: [10, 7, 10, 7], text: [
      { text: 'This is not your IWP. ', bold: true },
      `Your signed Individual Work Plan is on file with ${en.name}. This page only sums it up `
      + 'in plain words. To get a copy of your signed plan, ask your Career Navigator.'],
    fontSize: 9.5 }]] }, layout: 'noBorders', margin: [0, 12, 0, 8] },
    { text: `Hi ${th.first},`, fontSize: 11, margin: [0, 4, 0, 4] },
    { text: 'Here is what we are working on together. You can look at this page any time in the '
      + 'portal.', fontSize: 10 },
    { text: 'My goals', style: 'h2', headlineLevel: 2, fontSize: 13 },
    { columns: [goalCard('This year', goals.st), goalCard('In 3 to 5 years', goals.lt)],
      columnGap: 10 },
    { text: 'What we are doing to get there', style: 'h2', headlineLevel: 2, fontSize: 13 },
    { ul: p.steps, fontSize: 10, lineHeight: 1.2 },
    { text: 'My next appointment', style: 'h2', headlineLevel: 2, fontSize: 13 },
    { table: { widths: ['*'], body: [[{ fillColor: CARD, margin: [10, 8, 10, 8], stack: [
      { text: `${weekday(next.date)} at ${next.time}`, fontSize: 12, bold: true },
      { text: `With ${en.rep} · ${next.how}`, fontSize: 10, margin: [0, 3, 0, 0] },
      { text: next.note, fontSize: 9.5, color: MUTED, margin: [0, 3, 0, 0] }] }]] },
    layout: 'noBorders' },
    { text: 'Need help?', style: 'h2', headlineLevel: 2, fontSize: 13 },
    { text: `Call ${en.rep} at ${en.phone} or write to ${en.email}. If you have questions about `
      + 'your benefits, ask us about free benefits counseling.', fontSize: 10 },
  ];
}

const builders = { iwp, amendment, portal_summary: portalSummary };
const docDefinition = {
  pageSize: 'LETTER',
  pageMargins: [40, 56, 40, 48],
  info: { title: plan.docTitle, author: plan.app.name, subject: plan.subject,
          creator: `${plan.app.name} ${plan.app.version}`,
          creationDate: new Date(plan.printed + 'T10:22:41') },
  header: header(plan),
  // keep a heading with what follows it (the recipe from pdfmake's documentation)
  pageBreakBefore: (node, nodes) => (node.headlineLevel === 1
    && nodes.getFollowingNodesOnPage().length <= 1)
    || (node.headlineLevel === 2 && nodes.getFollowingNodesOnPage().length === 0),
  footer: footer(plan),
  content: builders[plan.kind](plan),
  defaultStyle: { font: 'Roboto', fontSize: 9.5, color: INK },
  styles,
};

pdfmake.createPdf(docDefinition).write(outPath).catch((err) => {
  console.error(err);
  process.exit(1);
});
