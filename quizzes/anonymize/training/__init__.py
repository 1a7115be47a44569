"""Training of the anonymizer's statistical NER layer (developer tool, needs Faker).

``generate.py`` writes synthetic labelled posts; ``train.py`` trains a small spaCy pipeline on
them and writes ``quizzes/anonymize/model/`` plus its manifest. Retrain with
``python manage.py train_anonymizer_ner`` or ``make ner-model`` (fixed seed: same data, same
model on the same spaCy/thinc versions).
"""
