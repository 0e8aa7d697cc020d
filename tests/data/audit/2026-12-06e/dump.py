import json,sys
d=json.load(open(sys.argv[1])); t=d['text']
E={e['id']:e for e in d['entities']}
def nm(ids): return '['+', '.join(f"{E[i]['name']}" for i in ids)+']' if ids else '[]'
sent=d['sentences']
print('ENTITIES')
for e in d['entities']:
    print(f" {e['id']} {e['label']} {e['name']!r} c={e.get('country')} roles={e.get('roles')} mentions={[t[a:b] for a,b in e['mentions']]} geo={'y' if e.get('geo') else None}")
print('EVENTS')
for v in d['events']:
    a,b=v['trigger']; s=v['sentence']
    pl=v.get('place'); pl=E[pl]['name'] if pl in E else pl
    print(f" {v['id']} S{s} {v['type']}/{v.get('mode')} trig={t[a:b]!r} src={nm(v['source'])} tgt={nm(v['target'])} sg={v.get('source_groups')} tg={v.get('target_groups')} place={pl} date={v['date']}({v.get('date_source')}) mod={v['modality']} rep={v.get('reported')}")
print('QUOTES')
for q in d['quotes']:
    sp=q['speaker']; sp=E[sp]['name'] if sp in E else sp
    print(f" {q['kind']} spk={sp!r} st={q['speaker_text']!r} text={q['text'][:110]!r}")
print('TIMEX')
for x in d['timexes']:
    print(f" {x['text']!r} {x['type']} {x['value']} date={x.get('date')}")
print('SENTS')
for i,(a,b) in enumerate(sent): print(f" S{i}: {t[a:b][:100]}")
