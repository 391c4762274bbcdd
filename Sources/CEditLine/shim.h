#include <stdio.h>
#include <histedit.h>

/* el_set and history are variadic, which Swift cannot call; these wrappers fix each use. */
typedef char *(*mnb_prompt_fn)(EditLine *);
typedef unsigned char (*mnb_el_fn)(EditLine *, int);

static inline int mnb_el_set_prompt(EditLine *el, mnb_prompt_fn f) {
  return el_set(el, EL_PROMPT, f);
}
static inline int mnb_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int mnb_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int mnb_el_set_hist(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int mnb_el_addfn(EditLine *el, const char *name, const char *help, mnb_el_fn f) {
  return el_set(el, EL_ADDFN, name, help, f);
}
static inline int mnb_el_bind(EditLine *el, const char *key, const char *fn) {
  return el_set(el, EL_BIND, key, fn, NULL);
}
static inline int mnb_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *mnb_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
static inline int mnb_history_setsize(History *h, int n) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, n);
}
static inline int mnb_history_setunique(History *h, int on) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, on);
}
static inline int mnb_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
static inline int mnb_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
static inline int mnb_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}
/* A prompt holding escape sequences between two `ignore` characters, which take no room. */
static inline int mnb_el_set_prompt_esc(EditLine *el, mnb_prompt_fn f, char ignore) {
  return el_set(el, EL_PROMPT_ESC, f, ignore);
}
