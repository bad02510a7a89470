"""Knowledge of language, as data: each module holds one kind of word and says where its
entries come from. Recognisers read it; no other module keeps its own copy."""
