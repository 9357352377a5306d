// Samarbeidsboka's search ranking (Sphinx's html_search_scorer; Sphinx copies this file into
// language_data.js). See book/ext/search.py.
// Order: results whose title holds every query word first; then Sphinx's own score (a word in
// a section title beats one in the text, a whole word beats part of a word); ties by how much
// of the page is about the query words (KB_SEARCH_WEIGHTS, BM25), not by the alphabet.
var KbRank = {
  _postings: null,

  /** The query's stems, as Sphinx's searchtools.js makes them. */
  stems: () => {
    const query = new URLSearchParams(window.location.search).get("q") || "";
    const stemmer = new Stemmer();
    return splitQuery(query.toLowerCase().trim())
      .filter((word) => stopwords.indexOf(word) === -1 && !/^\d+$/.test(word))
      .map((word) => stemmer.stemWord(word));
  },

  /** Per query stem: Map page index → weight × idf (whole stem, or else words containing it). */
  postings: () => {
    if (KbRank._postings) return KbRank._postings;
    const data = typeof KB_SEARCH_WEIGHTS === "undefined" ? { docnames: [], terms: {} } : KB_SEARCH_WEIGHTS;
    const pages = data.docnames.length;
    KbRank._postings = KbRank.stems().map((stem) => {
      const keys = data.terms[stem] ? [stem]
        : stem.length > 2 ? Object.keys(data.terms).filter((key) => key.includes(stem)) : [];
      const map = new Map();
      keys.forEach((key) => {
        const list = data.terms[key];
        const idf = Math.log(1 + (pages - list.length + 0.5) / (list.length + 0.5));
        const factor = key === stem ? 1 : 0.5;
        list.forEach(([page, weight]) => map.set(page, (map.get(page) || 0) + weight * idf * factor));
      });
      return { stem, map, docnames: data.docnames };
    });
    return KbRank._postings;
  },

  relevance: (docname) => KbRank.postings().reduce((total, { map, docnames }) =>
    total + (map.get(docnames.indexOf(docname)) || 0), 0),

  score: ([docname, title, _anchor, _descr, score]) => {
    const lower = String(title).toLowerCase();
    const stems = KbRank.postings().map((p) => p.stem);
    const inTitle = stems.length > 0 && stems.every((stem) => lower.includes(stem));
    return (inTitle ? 1e7 : 0) + score * 1e4 + Math.min(KbRank.relevance(docname), 9999);
  },
};

var Scorer = {
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
  score: KbRank.score,
};
