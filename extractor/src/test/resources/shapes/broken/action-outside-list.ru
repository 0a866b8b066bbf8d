# An agreement statement whose action is not one of the nine dkg:AgreementAction individuals.
PREFIX dkg: <https://w3id.org/diplokg/ns#>
PREFIX organisation: <https://w3id.org/diplokg/id/org/>
PREFIX economy: <https://w3id.org/diplokg/id/economy/>
PREFIX place: <https://w3id.org/diplokg/id/place/>
PREFIX agreement: <https://w3id.org/diplokg/id/agreement/>
PREFIX series: <https://w3id.org/diplokg/id/series/>
PREFIX meeting: <https://w3id.org/diplokg/id/meeting/>
PREFIX person: <https://w3id.org/diplokg/id/person/>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { ?s dkg:action ?a } INSERT { ?s dkg:action dkg:Amended }
WHERE { ?s a dkg:AgreementStatement ; dkg:action ?a }
